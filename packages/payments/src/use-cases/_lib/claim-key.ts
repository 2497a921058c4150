// The client's idempotency key of a call (S-16): claimed once, so a retry with the same key
// resumes the same resource and the same key for another request is refused.
import { createId, fail, issue, ok, type Result } from '@kabinet/core';
import type { ServiceContext } from '../../steps/payments-context.js';
import { fingerprint } from '../../_lib/ids.js';
import type { PaymentsIssueCode } from '../../messages/payment-messages.js';

/**
 * Claims `key` for the request `request` (its fingerprint) and returns the id of the resource
 * it names: a new id with `idPrefix` on the first claim, the first claim's id on a retry;
 * `payment.idempotency_key_reused` when the key was claimed for another request.
 */
export async function claimKey(
  ctx: ServiceContext,
  key: string,
  request: unknown,
  idPrefix: string,
): Promise<Result<string, PaymentsIssueCode>> {
  const now = ctx.clock.now();
  const claim = await ctx.store.idempotency.claim({
    key,
    fingerprint: fingerprint(request),
    resourceId: createId(idPrefix, now, ctx.random),
    createdAt: now,
    expiresAt: now + ctx.policy.idempotencyTtlMs,
  });
  if (claim.outcome === 'mismatch')
    return fail(issue('payment.idempotency_key_reused', ['idempotencyKey']));
  return ok(claim.record.resourceId);
}
