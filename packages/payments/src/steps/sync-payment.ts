import { retryOnConflict } from '@kabinet/core';
import type { PaymentAttemptRecord, PaymentFailure, PaymentRecord, Stored } from '@kabinet/ports';
import { derivePaymentStatus } from '../machine/derive-payment-status.js';
import type { PaymentJournalParty } from '../service/payment-journal.js';
import { planPaymentPath } from '../_lib/plan-payment-path.js';
import { inUnit, loadPayment, record, type ServiceContext } from './payments-context.js';
import { isTerminalAttempt, stableJson, unstore } from '../_lib/records.js';

type Payment = Omit<PaymentRecord, 'version'>;

/** The payment's facts recomputed from its attempts (status excluded). */
function withAttemptFacts(
  payment: Payment,
  attempts: readonly Stored<PaymentAttemptRecord>[],
): Payment {
  const {
    succeededAttemptId: _s,
    activeAttemptId: _a,
    activeAttemptSince: _since,
    lastFailure: _f,
    ...rest
  } = payment;
  const succeeded = attempts.find((a) => a.status === 'succeeded');
  let latest: Stored<PaymentAttemptRecord> | undefined;
  for (const a of attempts) if (latest === undefined || a.sequence > latest.sequence) latest = a;
  const active =
    payment.activeAttemptId === undefined
      ? undefined
      : attempts.find((a) => a.id === payment.activeAttemptId);
  // A reservation whose attempt is not written yet stays; a finished attempt is no longer active.
  const keepActive =
    payment.activeAttemptId !== undefined &&
    (active === undefined || !isTerminalAttempt(active.status));
  const failure: PaymentFailure | undefined =
    latest?.status === 'failed' && latest.failure !== undefined
      ? { ...latest.failure, attemptId: latest.id, at: latest.updatedAt }
      : latest?.status === 'canceled' && payment.cancellation === undefined
        ? {
            code: 'declined_other',
            providerCode: latest.providerStatus ?? 'canceled',
            attemptId: latest.id,
            at: latest.updatedAt,
          }
        : undefined;
  return {
    ...rest,
    capturedKopecks: succeeded?.capturedKopecks ?? 0,
    ...(succeeded === undefined ? {} : { succeededAttemptId: succeeded.id }),
    ...(keepActive
      ? {
          activeAttemptId: payment.activeAttemptId,
          ...(payment.activeAttemptSince === undefined
            ? {}
            : { activeAttemptSince: payment.activeAttemptSince }),
        }
      : {}),
    ...(failure === undefined ? {} : { lastFailure: failure }),
  };
}

/**
 * Brings a payment in line with its attempts and facts: applies `mutate` (new facts such as
 * a cancellation or a refund) to the fresh record, recomputes the derived facts and the
 * target status, and walks the transition table to it one allowed edge per write, journaling
 * each step. Versioned and retried on conflicts (S-15); idempotent, so any caller may run it
 * again (after a crash, a duplicate callback, a refresh).
 *
 * @example
 * ```ts
 * const payment = await syncPayment(ctx, paymentId, SYSTEM);
 * ```
 */
export async function syncPayment(
  ctx: ServiceContext,
  paymentId: string,
  actor: PaymentJournalParty,
  mutate?: (payment: Payment) => Payment,
): Promise<Stored<PaymentRecord>> {
  const synced = await syncOnce(ctx, paymentId, actor, mutate);
  // The charge learns it is paid (idempotent; a failure here is retried by the next sync, and
  // createPayment refuses a paid УИН from the payment store meanwhile).
  if (synced.status === 'paid' || synced.status === 'reconciled')
    await ctx.charges.markPaid?.({ uin: synced.uin, paymentId: synced.id });
  return synced;
}

function syncOnce(
  ctx: ServiceContext,
  paymentId: string,
  actor: PaymentJournalParty,
  mutate: ((payment: Payment) => Payment) | undefined,
): Promise<Stored<PaymentRecord>> {
  return retryOnConflict(ctx.policy.conflictRetries, async () => {
    let stored = await loadPayment(ctx, paymentId);
    const attempts = await ctx.store.attempts.listByPayment(paymentId);
    const base = unstore(stored);
    const facts = withAttemptFacts(mutate === undefined ? base : mutate(base), attempts);
    const target = derivePaymentStatus(facts, attempts);
    const path = planPaymentPath(stored.status, target);
    const now = ctx.clock.now();
    if (path === undefined) {
      await record(ctx, actor, 'payment.transition_rejected', stored.accountId, {
        paymentId,
        from: stored.status,
        to: target,
      });
      const unchangedStatus = { ...facts, status: stored.status };
      if (stableJson(unchangedStatus) === stableJson(base)) return stored;
      return ctx.store.payments.update({ ...unchangedStatus, updatedAt: now }, stored.version);
    }
    if (path.length === 0) {
      if (stableJson(facts) === stableJson(base)) return stored;
      return ctx.store.payments.update({ ...facts, updatedAt: now }, stored.version);
    }
    // Every step of the walk and its entry commit together (S-14, AUD-1): no status without its entry.
    return inUnit(ctx, async (unit) => {
      for (const step of path) {
        stored = await unit.store.payments.update(
          { ...facts, status: step.to, updatedAt: now },
          stored.version,
        );
        await unit.record(actor, 'payment.status_changed', stored.accountId, {
          paymentId,
          transactionNumber: stored.transactionNumber,
          from: step.from,
          to: step.to,
          event: step.event,
          failureCode: step.to === 'failed' ? stored.lastFailure?.code : undefined,
        });
      }
      return stored;
    });
  });
}
