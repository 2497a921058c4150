import { retryOnConflict } from '@kabinet/core';
import type { AttemptReview, PaymentAttemptRecord, Stored } from '@kabinet/ports';
import { classifyObservation } from '../machine/classify-observation.js';
import type { ProviderPayment } from '../providers/payment-provider.js';
import type { PaymentJournalParty } from '../service/payment-journal.js';
import { isCheckAction, stableJson, unstore } from '../_lib/records.js';
import { loadAttempt, record, type ServiceContext } from './payments-context.js';

export interface ObserveResult {
  readonly attempt: Stored<PaymentAttemptRecord>;
  readonly outcome: 'applied' | 'unchanged' | 'stale' | 'conflict';
}

type Attempt = Omit<PaymentAttemptRecord, 'version'>;

/** The attempt after an observation that advances it or adds detail; `undefined` when nothing changes. */
function nextAttempt(
  attempt: Stored<PaymentAttemptRecord>,
  seen: ProviderPayment,
  kind: 'advance' | 'same',
  now: number,
  replaceCheck: boolean,
): Attempt | undefined {
  const { action: _action, failure: _failure, ...rest } = unstore(attempt);
  if (kind === 'same') {
    let changed = false;
    let next: Attempt = unstore(attempt);
    if (attempt.providerPaymentId === undefined) {
      next = { ...next, providerPaymentId: seen.providerPaymentId };
      changed = true;
    }
    if (attempt.providerStatus !== seen.providerStatus) {
      next = { ...next, providerStatus: seen.providerStatus };
      changed = true;
    }
    // A provider's step (3-D Secure URL, QR link) may follow ours; it replaces our first-use
    // check only once that check passed (the answer to the confirm call that follows it).
    const mayReplace = replaceCheck || !isCheckAction(attempt.action);
    if (
      attempt.status === 'requires_action' &&
      seen.action !== undefined &&
      mayReplace &&
      stableJson(attempt.action) !== stableJson(seen.action)
    ) {
      next = { ...next, action: seen.action };
      changed = true;
    }
    return changed ? { ...next, updatedAt: now } : undefined;
  }
  const reported = seen.capturedKopecks > 0 ? seen.capturedKopecks : seen.amountKopecks;
  const captured =
    seen.status === 'succeeded'
      ? Math.min(reported, attempt.amountKopecks)
      : attempt.capturedKopecks;
  const authorized =
    seen.status === 'authorized'
      ? Math.min(seen.amountKopecks, attempt.amountKopecks)
      : Math.max(attempt.authorizedKopecks, captured);
  return {
    ...rest,
    providerPaymentId: attempt.providerPaymentId ?? seen.providerPaymentId,
    providerStatus: seen.providerStatus,
    status: seen.status,
    authorizedKopecks: authorized,
    capturedKopecks: captured,
    ...(seen.status === 'requires_action' && seen.action !== undefined
      ? { action: seen.action }
      : {}),
    ...(seen.status === 'failed'
      ? { failure: seen.failure ?? { code: 'declined_other', providerCode: seen.providerStatus } }
      : {}),
    updatedAt: now,
  };
}

/**
 * Why a report that money moved (or was held) cannot be taken as the payment: another amount
 * than asked (a state duty is paid in full, never more or less) or a currency other than RUB.
 */
function reviewOf(
  attempt: Stored<PaymentAttemptRecord>,
  seen: ProviderPayment,
  now: number,
): AttemptReview | undefined {
  const reported =
    seen.status === 'succeeded' && seen.capturedKopecks > 0
      ? seen.capturedKopecks
      : seen.amountKopecks;
  const base = {
    expectedKopecks: attempt.amountKopecks,
    reportedKopecks: reported,
    providerStatus: seen.providerStatus,
    at: now,
  };
  if (seen.currency !== undefined && seen.currency !== 'RUB')
    return { reason: 'currency_mismatch', ...base, currency: seen.currency };
  if (reported !== attempt.amountKopecks || seen.amountKopecks !== attempt.amountKopecks)
    return { reason: 'amount_mismatch', ...base };
  return undefined;
}

/**
 * Applies what a provider says about an attempt: forward moves only (the join that makes
 * callbacks commute). A regression or a terminal conflict is never applied from an unverified
 * observation: the provider is asked for the object's current state, and only that decides.
 * A report of money moved or held for another amount or currency holds the attempt where it
 * is, marked for review (its payment becomes `requires_review`), journaled for support.
 *
 * @example
 * ```ts
 * await observe(ctx, attempt.id, providerPayment, providerParty(ctx));
 * ```
 */
export async function observe(
  ctx: ServiceContext,
  attemptId: string,
  observation: ProviderPayment,
  actor: PaymentJournalParty,
  options: { readonly verified: boolean; readonly replaceCheck?: boolean },
): Promise<ObserveResult> {
  let seen = observation;
  let verified = options.verified;
  let doubted: { readonly kind: 'regression' | 'conflict'; readonly observed: string } | undefined;
  for (;;) {
    const step = await retryOnConflict(ctx.policy.conflictRetries, async () => {
      const attempt = await loadAttempt(ctx, attemptId);
      const kind = classifyObservation(attempt.status, seen.status);
      if (kind === 'regression' || kind === 'conflict') return { kind, attempt, previous: attempt };
      if (
        (seen.status === 'succeeded' || seen.status === 'authorized') &&
        attempt.status !== 'succeeded'
      ) {
        // Money moved (or was held) for another amount or currency: never `succeeded`, never paid.
        if (attempt.review !== undefined)
          return { kind: 'unchanged' as const, attempt, previous: attempt };
        const review = reviewOf(attempt, seen, ctx.clock.now());
        if (review !== undefined) {
          const held: Attempt = {
            ...unstore(attempt),
            providerPaymentId: attempt.providerPaymentId ?? seen.providerPaymentId,
            providerStatus: seen.providerStatus,
            review,
            updatedAt: review.at,
          };
          return {
            kind: 'review' as const,
            attempt: await ctx.store.attempts.update(held, attempt.version),
            previous: attempt,
          };
        }
      }
      const next = nextAttempt(attempt, seen, kind, ctx.clock.now(), options.replaceCheck === true);
      if (next === undefined) return { kind: 'unchanged' as const, attempt, previous: attempt };
      return {
        kind,
        attempt: await ctx.store.attempts.update(next, attempt.version),
        previous: attempt,
      };
    });
    const { attempt, previous } = step;
    if (step.kind === 'review') {
      const review = attempt.review!;
      if (review.reason === 'amount_mismatch') {
        await record(ctx, actor, 'payment.amount_mismatch', attempt.accountId, {
          paymentId: attempt.paymentId,
          attemptId: attempt.id,
          expectedKopecks: review.expectedKopecks,
          reportedKopecks: review.reportedKopecks,
        });
      }
      await record(ctx, actor, 'payment.review_required', attempt.accountId, {
        paymentId: attempt.paymentId,
        attemptId: attempt.id,
        reason: review.reason,
        expectedKopecks: review.expectedKopecks,
        reportedKopecks: review.reportedKopecks,
        currency: review.currency,
        providerStatus: review.providerStatus,
        attemptStatus: previous.status,
        verified,
      });
      return { attempt, outcome: 'applied' };
    }
    if (step.kind === 'advance') {
      await record(ctx, actor, 'payment.attempt_status_changed', attempt.accountId, {
        paymentId: attempt.paymentId,
        attemptId: attempt.id,
        from: previous.status,
        to: attempt.status,
        providerStatus: seen.providerStatus,
        failureCode: attempt.failure?.code,
        providerCode: attempt.failure?.providerCode,
        verified,
      });
      return { attempt, outcome: 'applied' };
    }
    if ((step.kind === 'same' || step.kind === 'unchanged') && doubted === undefined) {
      return { attempt, outcome: step.kind === 'same' ? 'applied' : 'unchanged' };
    }
    if (step.kind === 'regression' || step.kind === 'conflict') {
      doubted ??= { kind: step.kind, observed: seen.status };
      if (
        !verified &&
        attempt.providerPaymentId !== undefined &&
        attempt.provider === ctx.provider.id
      ) {
        // The observation would move the attempt back or contradict it: the provider's current object decides.
        seen = await ctx.provider.getStatus(attempt.providerPaymentId);
        verified = true;
        continue;
      }
    }
    const kind = step.kind === 'conflict' || doubted?.kind === 'conflict' ? 'conflict' : 'stale';
    await record(
      ctx,
      actor,
      kind === 'conflict' ? 'payment.provider_conflict' : 'payment.observation_ignored',
      attempt.accountId,
      {
        paymentId: attempt.paymentId,
        attemptId: attempt.id,
        current: attempt.status,
        observed: doubted?.observed ?? seen.status,
        providerNow: seen.status,
      },
    );
    return { attempt, outcome: kind };
  }
}
