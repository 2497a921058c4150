import { KabinetError, fail, issue, ok, type Result } from '@kabinet/core';
import type { SupportContext } from './context.js';
import type { SupportRequestIssueCode } from '../support-request-messages.js';

/** The page size asked for, or the default, capped at the policy's largest. */
export function pageLimit(ctx: SupportContext, limit: number | undefined): number {
  return Math.min(limit ?? ctx.policy.defaultPageSize, ctx.policy.maxPageSize);
}

/** Runs a store listing; a cursor the store cannot read (`ERR_INVALID_ARGUMENT`) is the caller's input, `input.wrong_format` at `after`. */
export async function listing<T>(
  run: () => Promise<T>,
): Promise<Result<T, SupportRequestIssueCode>> {
  try {
    return ok(await run());
  } catch (error) {
    if (KabinetError.isInstance(error) && error.code === 'ERR_INVALID_ARGUMENT')
      return fail(issue('input.wrong_format', ['after']));
    throw error;
  }
}
