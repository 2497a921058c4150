import { fail, isConflict, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountLevel, PaymentAttemptRecord } from '@kabinet/ports';
import { paymentInputSchemas } from '../service/payment-input-schemas.js';
import type { PayOutcome } from '../service/payments-service-outcomes.js';
import { levelIssue } from '../_lib/level-gate.js';
import { drive } from '../steps/drive-attempt.js';
import { syncPayment } from '../steps/sync-payment.js';
import {
  GOST_QR_PROVIDER,
  accountParty,
  loadAttempt,
  record,
  type ServiceContext,
} from '../steps/payments-context.js';
import { isId, isIdempotencyKey } from '../_lib/ids.js';
import { claimKey } from './_lib/claim-key.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';
import { checkMethod, type How } from './_lib/check-method.js';
import { reserveAttempt } from './_lib/reserve-attempt.js';

/** What {@link startAttempt} needs: the payer, the payment, the client's key and how to pay. */
export interface StartInput {
  readonly accountId: string;
  readonly accountLevel: AccountLevel;
  readonly paymentId: string;
  readonly idempotencyKey: string;
  readonly how: How;
}

/**
 * payWithMethod / payWithQr: claim the client's key, reserve, create the attempt, drive it. Resumes on a retry with the same key.
 *
 * @example
 * ```ts
 * const r = await startAttempt(ctx, { accountId: 'acc_1', accountLevel: 'standard', paymentId, idempotencyKey: 'pay-000001', how: { methodId } });
 * ```
 */
export async function startAttempt(
  ctx: ServiceContext,
  input: StartInput,
): Promise<Result<PayOutcome, PaymentsIssueCode>> {
  const shape = { ...input.how, idempotencyKey: input.idempotencyKey };
  const read =
    'methodId' in input.how
      ? readInput(paymentInputSchemas.payWithMethod, shape)
      : readInput(paymentInputSchemas.payWithQr, shape);
  if (!read.success) return read;
  if (!isId(input.accountId) || !isId(input.paymentId))
    return fail(issue('payment.not_found', ['paymentId']));
  if (!isIdempotencyKey(input.idempotencyKey))
    return fail(issue('payment.idempotency_key_invalid', ['idempotencyKey']));
  const payment = await ctx.store.payments.get(input.paymentId);
  if (payment === undefined || payment.accountId !== input.accountId)
    return fail(issue('payment.not_found', ['paymentId']));
  const actor = accountParty(input.accountId);
  const key = `pay:${input.accountId}:${input.idempotencyKey}`;
  const claim = await claimKey(ctx, key, ['pay', input.paymentId, input.how], 'att');
  if (!claim.success) return claim;
  const attemptId = claim.data;
  let attempt = await ctx.store.attempts.get(attemptId);
  if (attempt === undefined) {
    const tooLow = levelIssue(ctx.policy, payment.serviceType, input.accountLevel);
    if (tooLow !== undefined) return fail(tooLow);
    const how = await checkMethod(ctx, input.accountId, input.how);
    if (!how.success) return how;
    if ('scheme' in input.how && input.how.scheme === 'gost' && payment.payee === undefined)
      return fail(issue('payment.payee_missing', ['paymentId']));
    await syncPayment(ctx, payment.id, actor);
    const reserved = await reserveAttempt(ctx, payment.id, attemptId, actor);
    if (!reserved.success) return reserved;
    const created = ctx.clock.now();
    const fresh: PaymentAttemptRecord = {
      id: attemptId,
      paymentId: payment.id,
      accountId: input.accountId,
      sequence: reserved.data,
      ...(how.data.method === undefined ? {} : { methodId: how.data.method.id }),
      methodKind: how.data.kind,
      provider: how.data.kind === 'qr' ? GOST_QR_PROVIDER : ctx.provider.id,
      idempotencyKey: attemptId,
      captureKey: `${payment.id}:${attemptId}:capture`,
      status: 'created',
      amountKopecks: payment.amountKopecks,
      authorizedKopecks: 0,
      capturedKopecks: 0,
      createdAt: created,
      updatedAt: created,
    };
    try {
      attempt = await ctx.store.attempts.create(fresh);
    } catch (error) {
      if (!isConflict(error)) throw error;
      attempt = await loadAttempt(ctx, attemptId);
    }
    await record(ctx, actor, 'payment.attempt_started', input.accountId, {
      paymentId: payment.id,
      attemptId,
      sequence: attempt.sequence,
      methodKind: attempt.methodKind,
      methodId: attempt.methodId,
    });
  } else if (attempt.accountId !== input.accountId) {
    return fail(issue('payment.not_found', ['paymentId']));
  }
  await drive(ctx, attemptId, actor);
  const synced = await syncPayment(ctx, payment.id, actor);
  return ok({ payment: synced, attempt: await loadAttempt(ctx, attemptId) });
}
