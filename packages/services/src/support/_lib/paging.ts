import type { SupportContext } from './context.js';

/** The page size asked for, or the default, capped at the policy's largest. */
export function pageLimit(ctx: SupportContext, limit: number | undefined): number {
  return Math.min(limit ?? ctx.policy.defaultPageSize, ctx.policy.maxPageSize);
}
