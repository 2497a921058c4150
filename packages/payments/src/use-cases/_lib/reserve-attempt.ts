// Reserving a payment for a new attempt: one attempt open at a time, so at most one succeeds.
import { fail, issue, ok, retryOnConflict, type Issue, type Result } from '@kabinet/core';
import type { PaymentAttemptRecord, PaymentRecord, Stored } from '@kabinet/ports';
import type { PaymentJournalParty } from '../../service/payment-journal.js';
import { patchAttempt } from '../../steps/drive-attempt.js';
import { observe } from '../../steps/observe-attempt.js';
import { syncPayment } from '../../steps/sync-payment.js';
import { loadAttempt, record, type ServiceContext } from '../../steps/payments-context.js';
import { isTerminalAttempt, unstore } from '../../_lib/records.js';
import type { PaymentsIssueCode } from '../../messages/payment-messages.js';

const BLOCKED: Partial<Record<PaymentRecord['status'], PaymentsIssueCode>> = {
  paid: 'payment.already_paid',
  reconciled: 'payment.already_paid',
  refunded: 'payment.already_paid',
  canceled: 'payment.canceled',
  processing: 'payment.attempt_in_progress',
  authorized: 'payment.attempt_in_progress',
};

/** Cancels the open attempt a new one replaces; `undefined` when it is gone, else the issue that stops the new one. */
async function supersede(
  ctx: ServiceContext,
  active: Stored<PaymentAttemptRecord>,
  actor: PaymentJournalParty,
): Promise<Issue<PaymentsIssueCode> | undefined> {
  if (active.providerPaymentId !== undefined && active.provider === ctx.provider.id) {
    const answer = await ctx.provider.cancel({
      providerPaymentId: active.providerPaymentId,
      idempotencyKey: `${active.idempotencyKey}:cancel`,
    });
    await observe(ctx, active.id, answer, actor, { verified: true });
  } else {
    // Nothing was sent to a provider (or it is a GOST QR, which no provider holds): cancel here.
    await patchAttempt(ctx, active.id, (current) =>
      isTerminalAttempt(current.status)
        ? undefined
        : {
            ...unstore(current),
            status: 'canceled',
            providerStatus: 'superseded',
            updatedAt: ctx.clock.now(),
          },
    );
  }
  const after = await loadAttempt(ctx, active.id);
  await record(ctx, actor, 'payment.attempt_superseded', active.accountId, {
    paymentId: active.paymentId,
    attemptId: active.id,
    status: after.status,
  });
  if (after.status === 'succeeded') return issue('payment.already_paid', ['paymentId']);
  if (!isTerminalAttempt(after.status)) return issue('payment.attempt_in_progress', ['paymentId']);
  return undefined;
}

/**
 * Reserves the payment for a new attempt (versioned): refuses when it is paid, cancelled or
 * already being processed, or out of attempts; supersedes an attempt still waiting for the
 * payer. At most one attempt is open at a time, so at most one can succeed.
 */
export async function reserveAttempt(
  ctx: ServiceContext,
  paymentId: string,
  attemptId: string,
  actor: PaymentJournalParty,
): Promise<Result<number, PaymentsIssueCode>> {
  for (;;) {
    const step = await retryOnConflict(
      ctx.policy.conflictRetries,
      async (): Promise<
        Result<number, PaymentsIssueCode> | { supersede: Stored<PaymentAttemptRecord> }
      > => {
        const payment = await ctx.store.payments.get(paymentId);
        if (payment === undefined) return fail(issue('payment.not_found', ['paymentId']));
        if (payment.activeAttemptId === attemptId) return ok(payment.attemptCount);
        const blocked = BLOCKED[payment.status];
        if (blocked !== undefined) return fail(issue(blocked, ['paymentId']));
        if (payment.activeAttemptId !== undefined) {
          const active = await ctx.store.attempts.get(payment.activeAttemptId);
          if (active !== undefined && !isTerminalAttempt(active.status)) {
            if (active.status === 'created' || active.status === 'requires_action')
              return { supersede: active };
            return fail(issue('payment.attempt_in_progress', ['paymentId']));
          }
          // Reserved by a call that has not written its attempt yet (or crashed before it did).
          const since = payment.activeAttemptSince ?? 0;
          if (active === undefined && ctx.clock.now() - since < ctx.policy.reservationTimeoutMs)
            return fail(issue('payment.attempt_in_progress', ['paymentId']));
        }
        if (payment.attemptCount >= ctx.policy.maxAttemptsPerPayment) {
          return fail(
            issue('payment.too_many_attempts', ['paymentId'], {
              max: ctx.policy.maxAttemptsPerPayment,
            }),
          );
        }
        const saved = await ctx.store.payments.update(
          {
            ...unstore(payment),
            attemptCount: payment.attemptCount + 1,
            activeAttemptId: attemptId,
            activeAttemptSince: ctx.clock.now(),
            updatedAt: ctx.clock.now(),
          },
          payment.version,
        );
        return ok(saved.attemptCount);
      },
    );
    if (!('supersede' in step)) return step;
    const stop = await supersede(ctx, step.supersede, actor);
    await syncPayment(ctx, paymentId, actor);
    if (stop !== undefined) return fail(stop);
  }
}
