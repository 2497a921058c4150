import { fail, issue, ok, type Result } from '@kabinet/core';
import type { PaymentAttemptRecord, Stored } from '@kabinet/ports';
import type { ProviderCallbackInput, ProviderRefund } from '../providers/payment-provider.js';
import type { CallbackOutcome, PaymentDetails } from '../service/payments-service-outcomes.js';
import { drive } from '../steps/drive-attempt.js';
import { observe } from '../steps/observe-attempt.js';
import { syncPayment } from '../steps/sync-payment.js';
import {
  SYSTEM,
  loadPayment,
  providerParty,
  record,
  type ServiceContext,
} from '../steps/payments-context.js';
import { isId } from '../_lib/ids.js';
import { isTerminalAttempt } from '../_lib/records.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

async function findAttempt(
  ctx: ServiceContext,
  providerPaymentId: string,
  reference: string | undefined,
): Promise<Stored<PaymentAttemptRecord> | undefined> {
  const byObject = await ctx.store.attempts.findByProviderPaymentId(
    ctx.provider.id,
    providerPaymentId,
  );
  if (byObject !== undefined) return byObject;
  // The provider object exists but its id was never saved (a crash after `create`): our reference finds it.
  if (reference === undefined || !isId(reference)) return undefined;
  const byReference = await ctx.store.attempts.get(reference);
  return byReference !== undefined && byReference.provider === ctx.provider.id
    ? byReference
    : undefined;
}

/** Applies a provider's refund report to the refund entry it belongs to. */
async function applyRefund(
  ctx: ServiceContext,
  attempt: Stored<PaymentAttemptRecord>,
  refund: ProviderRefund,
): Promise<'applied' | 'unchanged'> {
  let changed = false;
  let unknown = false;
  const actor = providerParty(ctx);
  const payment = await syncPayment(ctx, attempt.paymentId, actor, (p) => {
    changed = false;
    const index = p.refunds.findIndex(
      (r) =>
        (refund.refundId !== undefined && r.id === refund.refundId) ||
        r.providerRefundId === refund.providerRefundId,
    );
    unknown = index === -1;
    const entry = index === -1 ? undefined : p.refunds[index]!;
    if (entry === undefined || entry.status !== 'pending' || refund.status === 'pending') return p;
    changed = true;
    const refunds = [...p.refunds];
    refunds[index] = {
      ...entry,
      status: refund.status,
      providerRefundId: refund.providerRefundId,
      updatedAt: ctx.clock.now(),
    };
    return { ...p, refunds };
  });
  if (unknown) {
    await record(ctx, actor, 'payment.refund_unknown', payment.accountId, {
      paymentId: payment.id,
      providerRefundId: refund.providerRefundId,
      amountKopecks: refund.amountKopecks,
    });
  } else if (changed) {
    await record(
      ctx,
      actor,
      refund.status === 'succeeded' ? 'payment.refund_succeeded' : 'payment.refund_failed',
      payment.accountId,
      {
        paymentId: payment.id,
        refundId: refund.refundId,
        amountKopecks: refund.amountKopecks,
      },
    );
  }
  return changed ? 'applied' : 'unchanged';
}

/**
 * handleCallback (S-16): authenticate and map → duplicate check in the inbox → find the
 * attempt → unauthenticated callbacks are replaced by the provider's current object → apply
 * forward moves only (regressions and conflicts are settled by the provider's current state)
 * → drive (capture held funds) → bring the payment in line → mark the callback processed.
 * The inbox mark comes last and every step is idempotent, so a crash anywhere is healed by
 * the provider's redelivery.
 *
 * @example
 * ```ts
 * const r = await handleCallback(ctx, { headers, body: rawBody });
 * ```
 */
export async function handleCallback(
  ctx: ServiceContext,
  input: ProviderCallbackInput,
): Promise<Result<CallbackOutcome, PaymentsIssueCode>> {
  if (
    typeof input !== 'object' ||
    input === null ||
    typeof input.body !== 'string' ||
    typeof input.headers !== 'object' ||
    input.headers === null
  ) {
    return fail(issue('payment.callback.malformed', []));
  }
  const parsed = await ctx.provider.parseCallback(input);
  if (!parsed.success) {
    if (parsed.issues.some((i) => i.code === 'payment.callback.signature')) {
      await ctx.journal.append({
        actor: providerParty(ctx),
        action: 'payment.callback_rejected',
        subject: providerParty(ctx),
        payload: { reason: 'signature' },
      });
    }
    return parsed;
  }
  const callback = parsed.data;
  if (await ctx.store.callbacks.has(ctx.provider.id, callback.eventKey))
    return ok({ outcome: 'duplicate' });
  const providerPaymentId =
    callback.kind === 'payment'
      ? callback.payment.providerPaymentId
      : callback.refund.providerPaymentId;
  const attempt = await findAttempt(
    ctx,
    providerPaymentId,
    callback.kind === 'payment' ? callback.payment.reference : undefined,
  );
  if (attempt === undefined) return fail(issue('payment.callback.unknown_object', []));
  const actor = providerParty(ctx);
  let outcome: CallbackOutcome['outcome'];
  // The inbox remembers what was verified: for an unsigned callback that is the re-read
  // object's state, so a forged "succeeded" sent early cannot shadow the genuine one.
  let processedKey = callback.eventKey;
  if (callback.kind === 'refund') {
    let refund: ProviderRefund = callback.refund;
    if (!callback.authenticated) {
      refund =
        ctx.provider.getRefund === undefined
          ? { ...refund, status: 'pending' }
          : await ctx.provider.getRefund(refund.providerRefundId);
    }
    outcome = await applyRefund(ctx, attempt, refund);
  } else {
    // An unsigned callback is only a hint: act on the provider's current object instead.
    let seen = callback.payment;
    if (!callback.authenticated) {
      seen = await ctx.provider.getStatus(
        attempt.providerPaymentId ?? callback.payment.providerPaymentId,
      );
      if (attempt.providerPaymentId === undefined && seen.reference !== attempt.id)
        return fail(issue('payment.callback.unknown_object', []));
      processedKey = `${seen.providerPaymentId}:${seen.providerStatus}`;
    }
    const result = await observe(ctx, attempt.id, seen, actor, {
      verified: !callback.authenticated,
    });
    outcome = result.outcome;
    await drive(ctx, attempt.id, actor, { submit: false });
    const reported = callback.payment.refundedKopecks;
    if (reported !== undefined) {
      const payment = await loadPayment(ctx, attempt.paymentId);
      const ours = payment.refunds.reduce(
        (sum, r) => (r.status === 'succeeded' ? sum + r.amountKopecks : sum),
        0,
      );
      if (reported > ours) {
        await record(ctx, actor, 'payment.provider_refund_mismatch', payment.accountId, {
          paymentId: payment.id,
          reportedKopecks: reported,
          recordedKopecks: ours,
        });
      }
    }
  }
  const payment = await syncPayment(ctx, attempt.paymentId, actor);
  const now = ctx.clock.now();
  await ctx.store.callbacks.markProcessed({
    provider: ctx.provider.id,
    eventKey: processedKey,
    paymentId: payment.id,
    processedAt: now,
    expiresAt: now + ctx.policy.callbackRetentionMs,
  });
  return ok({ outcome, payment });
}

/**
 * refreshStatus: the provider's current object for every open attempt, applied as a verified observation.
 *
 * @example
 * ```ts
 * const r = await refreshStatus(ctx, paymentId, 'acc_1');
 * ```
 */
export async function refreshStatus(
  ctx: ServiceContext,
  paymentId: string,
  accountId: string | undefined,
): Promise<Result<PaymentDetails, PaymentsIssueCode>> {
  if (!isId(paymentId)) return fail(issue('payment.not_found', ['paymentId']));
  const payment = await ctx.store.payments.get(paymentId);
  if (payment === undefined || (accountId !== undefined && payment.accountId !== accountId))
    return fail(issue('payment.not_found', ['paymentId']));
  const actor = accountId === undefined ? SYSTEM : { type: 'account', id: accountId };
  for (const attempt of await ctx.store.attempts.listByPayment(paymentId)) {
    if (
      isTerminalAttempt(attempt.status) ||
      attempt.providerPaymentId === undefined ||
      attempt.provider !== ctx.provider.id
    )
      continue;
    const current = await ctx.provider.getStatus(attempt.providerPaymentId);
    await observe(ctx, attempt.id, current, actor, { verified: true });
    await drive(ctx, attempt.id, actor, { submit: false });
  }
  const synced = await syncPayment(ctx, paymentId, actor);
  return ok({ payment: synced, attempts: await ctx.store.attempts.listByPayment(paymentId) });
}
