import { fail, issue, ok, readInput, retryOnConflict, type Result } from '@kabinet/core';
import { paymentInputSchemas } from '../service/payment-input-schemas.js';
import type { PayOutcome } from '../service/payments-service-outcomes.js';
import { drive } from '../steps/drive-attempt.js';
import { syncPayment } from '../steps/sync-payment.js';
import {
  accountParty,
  loadAttempt,
  record,
  type ServiceContext,
} from '../steps/payments-context.js';
import { isId } from '../_lib/ids.js';
import { isCheckAction, unstore } from '../_lib/records.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/**
 * confirmCheck (PAY-2): verifies the first-use answer once, marks the method verified, goes on.
 *
 * @example
 * ```ts
 * const r = await confirmCheck(ctx, 'acc_1', attemptId, '123456');
 * ```
 */
export async function confirmCheck(
  ctx: ServiceContext,
  accountId: string,
  attemptId: string,
  answer: string,
): Promise<Result<PayOutcome, PaymentsIssueCode>> {
  const read = readInput(paymentInputSchemas.confirmCheck, { answer });
  if (!read.success) return read;
  if (!isId(accountId) || !isId(attemptId))
    return fail(issue('payment.attempt_not_found', ['attemptId']));
  const attempt = await ctx.store.attempts.get(attemptId);
  if (attempt === undefined || attempt.accountId !== accountId)
    return fail(issue('payment.attempt_not_found', ['attemptId']));
  if (
    attempt.status !== 'requires_action' ||
    !isCheckAction(attempt.action) ||
    attempt.methodId === undefined
  ) {
    return fail(issue('payment.no_check_pending', ['attemptId']));
  }
  const actor = accountParty(accountId);
  const method = await ctx.store.methods.get(attempt.methodId);
  if (method === undefined) return fail(issue('payment.method_not_found', ['methodId']));
  if (method.verifiedAt === undefined) {
    if (typeof answer !== 'string' || answer.length === 0 || answer.length > 128)
      return fail(issue('input.required', ['answer']));
    const verdict = await ctx.methodCheck.verify(attempt.action!.challengeId ?? '', answer);
    if (!verdict.passed) {
      await record(ctx, actor, 'payment.check_failed', accountId, {
        paymentId: attempt.paymentId,
        attemptId,
        methodId: method.id,
        reason: verdict.reason,
      });
      return fail(issue('payment.check_failed', ['answer'], { reason: verdict.reason }));
    }
    const wrote = await retryOnConflict(ctx.policy.conflictRetries, async () => {
      const current = await ctx.store.methods.get(method.id);
      if (current === undefined || current.verifiedAt !== undefined) return false;
      const now = ctx.clock.now();
      await ctx.store.methods.update(
        { ...unstore(current), verifiedAt: now, updatedAt: now },
        current.version,
      );
      return true;
    });
    if (wrote) {
      await record(ctx, actor, 'payment.method_verified', accountId, {
        methodId: method.id,
        check: method.check,
        attemptId,
      });
    }
  }
  await drive(ctx, attemptId, actor);
  const synced = await syncPayment(ctx, attempt.paymentId, actor);
  return ok({ payment: synced, attempt: await loadAttempt(ctx, attemptId) });
}
