import { fail, issue, ok, readInput, type Issue, type Result } from '@kabinet/core';
import { paymentInputSchemas } from '../service/payment-input-schemas.js';
import type { CancellationReason, PaymentRecord, Stored } from '@kabinet/ports';
import { isKopecks } from '../money/is-kopecks.js';
import type { PaymentJournalParty } from '../service/payment-journal.js';
import { patchAttempt } from '../steps/drive-attempt.js';
import { observe } from '../steps/observe-attempt.js';
import { syncPayment } from '../steps/sync-payment.js';
import {
  accountParty,
  loadPayment,
  record,
  type ServiceContext,
} from '../steps/payments-context.js';
import { isId, isIdempotencyKey } from '../_lib/ids.js';
import { isTerminalAttempt, unstore } from '../_lib/records.js';
import { claimKey } from './_lib/claim-key.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

const REASONS = new Set<CancellationReason>(['by_payer', 'by_merchant', 'accrual_annulled']);

/**
 * cancelPayment: every open attempt is cancelled at its provider first (a GOST QR or an
 * attempt never sent to a provider is cancelled here); the payment is cancelled only when no
 * attempt can still move money. Cancelling a cancelled payment returns it (idempotent).
 *
 * @example
 * ```ts
 * const r = await cancelPayment(ctx, { accountId: 'acc_1', paymentId, idempotencyKey: 'cancel-0001' });
 * ```
 */
export async function cancelPayment(
  ctx: ServiceContext,
  input: {
    readonly accountId: string;
    readonly paymentId: string;
    readonly reason?: CancellationReason;
    readonly actor?: PaymentJournalParty;
  },
): Promise<Result<Stored<PaymentRecord>, PaymentsIssueCode>> {
  if (!isId(input.accountId) || !isId(input.paymentId))
    return fail(issue('payment.not_found', ['paymentId']));
  const reason = input.reason ?? 'by_payer';
  if (!REASONS.has(reason)) return fail(issue('input.wrong_format', ['reason']));
  const payment = await ctx.store.payments.get(input.paymentId);
  if (payment === undefined || payment.accountId !== input.accountId)
    return fail(issue('payment.not_found', ['paymentId']));
  const actor = input.actor ?? accountParty(input.accountId);
  if (payment.status === 'canceled') return ok(payment);
  if (payment.status === 'paid' || payment.status === 'reconciled' || payment.status === 'refunded')
    return fail(issue('payment.already_paid', ['paymentId']));
  for (const attempt of await ctx.store.attempts.listByPayment(payment.id)) {
    if (isTerminalAttempt(attempt.status)) continue;
    if (attempt.providerPaymentId !== undefined && attempt.provider === ctx.provider.id) {
      const answer = await ctx.provider.cancel({
        providerPaymentId: attempt.providerPaymentId,
        idempotencyKey: `${attempt.idempotencyKey}:cancel`,
      });
      await observe(ctx, attempt.id, answer, actor, { verified: true });
    } else {
      await patchAttempt(ctx, attempt.id, (current) =>
        isTerminalAttempt(current.status)
          ? undefined
          : {
              ...unstore(current),
              status: 'canceled',
              providerStatus: 'canceled_by_merchant',
              updatedAt: ctx.clock.now(),
            },
      );
    }
  }
  const attempts = await ctx.store.attempts.listByPayment(payment.id);
  if (attempts.some((a) => a.status === 'succeeded')) {
    await syncPayment(ctx, payment.id, actor);
    return fail(issue('payment.already_paid', ['paymentId']));
  }
  if (attempts.some((a) => !isTerminalAttempt(a.status))) {
    await syncPayment(ctx, payment.id, actor);
    return fail(issue('payment.cancel_not_possible', ['paymentId']));
  }
  const now = ctx.clock.now();
  const canceled = await syncPayment(ctx, payment.id, actor, (p) =>
    p.cancellation !== undefined ? p : { ...p, cancellation: { reason, at: now } },
  );
  if (canceled.status === 'canceled') {
    await record(ctx, actor, 'payment.canceled', canceled.accountId, {
      paymentId: canceled.id,
      transactionNumber: canceled.transactionNumber,
      reason,
    });
  }
  return ok(canceled);
}

/**
 * refundPayment: the client's key maps to one refund id (a retry resumes it); the refund is
 * written as `pending` before the provider is called, so `pending + succeeded ≤ captured`
 * holds under concurrency (the payment is versioned); the provider's answer settles it.
 *
 * @example
 * ```ts
 * const r = await refundPayment(ctx, { accountId: 'acc_1', paymentId, amountKopecks: 50_000, idempotencyKey: 'refund-0001' });
 * ```
 */
export async function refundPayment(
  ctx: ServiceContext,
  input: {
    readonly paymentId: string;
    readonly amountKopecks: number;
    readonly idempotencyKey: string;
    readonly actor: PaymentJournalParty;
  },
): Promise<Result<Stored<PaymentRecord>, PaymentsIssueCode>> {
  const read = readInput(paymentInputSchemas.refundPayment, input);
  if (!read.success) return read;
  if (!isId(input.paymentId)) return fail(issue('payment.not_found', ['paymentId']));
  if (!isKopecks(input.amountKopecks))
    return fail(issue('payment.amount_invalid', ['amountKopecks']));
  if (!isIdempotencyKey(input.idempotencyKey))
    return fail(issue('payment.idempotency_key_invalid', ['idempotencyKey']));
  const payment = await ctx.store.payments.get(input.paymentId);
  if (payment === undefined) return fail(issue('payment.not_found', ['paymentId']));
  const key = `refund:${payment.id}:${input.idempotencyKey}`;
  const claim = await claimKey(ctx, key, ['refund', payment.id, input.amountKopecks], 'rf');
  if (!claim.success) return claim;
  const refundId = claim.data;
  let refused: Issue<PaymentsIssueCode> | undefined;
  let added = false;
  const withEntry = await syncPayment(ctx, payment.id, input.actor, (p) => {
    refused = undefined;
    added = false;
    if (p.refunds.some((r) => r.id === refundId)) return p;
    if (p.status !== 'paid' && p.status !== 'reconciled') {
      refused = issue('payment.refund_not_possible', ['paymentId']);
      return p;
    }
    const held = p.refunds.reduce(
      (sum, r) => (r.status === 'failed' ? sum : sum + r.amountKopecks),
      0,
    );
    const available = p.capturedKopecks - held;
    if (input.amountKopecks > available) {
      refused = issue('payment.refund_exceeds', ['amountKopecks'], { available });
      return p;
    }
    added = true;
    const at = ctx.clock.now();
    return {
      ...p,
      refunds: [
        ...p.refunds,
        {
          id: refundId,
          amountKopecks: input.amountKopecks,
          status: 'pending',
          idempotencyKey: `${refundId}:refund`,
          requestedBy: `${input.actor.type}:${input.actor.id}`,
          createdAt: at,
          updatedAt: at,
        },
      ],
    };
  });
  if (refused !== undefined) return fail(refused);
  if (added) {
    await record(ctx, input.actor, 'payment.refund_requested', withEntry.accountId, {
      paymentId: withEntry.id,
      refundId,
      amountKopecks: input.amountKopecks,
    });
  }
  const entry = withEntry.refunds.find((r) => r.id === refundId);
  if (entry === undefined || entry.status !== 'pending') return ok(withEntry);
  const attempt =
    withEntry.succeededAttemptId === undefined
      ? undefined
      : await ctx.store.attempts.get(withEntry.succeededAttemptId);
  if (attempt?.providerPaymentId === undefined || attempt.provider !== ctx.provider.id) {
    // Paid outside the provider (a GOST QR through the treasury): the return goes through the
    // administrator of the accrual; the refund stays pending for support.
    return ok(withEntry);
  }
  const answer = await ctx.provider.refund({
    providerPaymentId: attempt.providerPaymentId,
    refundId,
    amountKopecks: entry.amountKopecks,
    idempotencyKey: entry.idempotencyKey,
  });
  if (answer.status === 'pending') return ok(await loadPayment(ctx, payment.id));
  let settled = false;
  const after = await syncPayment(ctx, payment.id, input.actor, (p) => {
    settled = false;
    const index = p.refunds.findIndex((r) => r.id === refundId);
    const current = index === -1 ? undefined : p.refunds[index]!;
    if (current === undefined || current.status !== 'pending') return p;
    settled = true;
    const refunds = [...p.refunds];
    refunds[index] = {
      ...current,
      status: answer.status,
      providerRefundId: answer.providerRefundId,
      updatedAt: ctx.clock.now(),
    };
    return { ...p, refunds };
  });
  if (settled) {
    await record(
      ctx,
      input.actor,
      answer.status === 'succeeded' ? 'payment.refund_succeeded' : 'payment.refund_failed',
      after.accountId,
      {
        paymentId: after.id,
        refundId,
        amountKopecks: entry.amountKopecks,
      },
    );
  }
  return ok(after);
}
