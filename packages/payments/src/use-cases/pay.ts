import {
  createId,
  fail,
  isConflict,
  issue,
  ok,
  retryOnConflict,
  readInput,
  type Issue,
  type Result,
} from '@kabinet/core';
import { paymentInputSchemas } from '../service/payment-input-schemas.js';
import type {
  AccountLevel,
  PaymentAttemptRecord,
  PaymentMethodKind,
  PaymentMethodRecord,
  PaymentRecord,
  Stored,
} from '@kabinet/ports';
import type { PaymentJournalParty } from '../service/payment-journal.js';
import type { PayOutcome } from '../service/payments-service.js';
import { levelGate } from '../_lib/level-gate.js';
import { drive, patchAttempt } from '../steps/drive-attempt.js';
import { observe } from '../steps/observe-attempt.js';
import { syncPayment } from '../steps/sync-payment.js';
import {
  GOST_QR_PROVIDER,
  accountParty,
  loadAttempt,
  record,
  type ServiceContext,
} from '../steps/payments-context.js';
import { fingerprint, isId, isIdempotencyKey } from '../_lib/ids.js';
import { isCheckAction, isTerminalAttempt, unstore } from '../_lib/records.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

type How = { readonly methodId: string } | { readonly scheme: 'sbp' | 'gost' };

interface StartInput {
  readonly accountId: string;
  readonly accountLevel: AccountLevel;
  readonly paymentId: string;
  readonly idempotencyKey: string;
  readonly how: How;
}

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
async function reserve(
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

async function checkMethod(
  ctx: ServiceContext,
  accountId: string,
  how: How,
): Promise<
  Result<{ kind: PaymentMethodKind; method?: Stored<PaymentMethodRecord> }, PaymentsIssueCode>
> {
  if ('scheme' in how) {
    if (how.scheme !== 'sbp' && how.scheme !== 'gost')
      return fail(issue('payment.qr_scheme_invalid', ['scheme']));
    return ok({ kind: how.scheme === 'sbp' ? 'sbp' : 'qr' });
  }
  if (!isId(how.methodId)) return fail(issue('payment.method_not_found', ['methodId']));
  const method = await ctx.store.methods.get(how.methodId);
  if (method === undefined || method.accountId !== accountId)
    return fail(issue('payment.method_not_found', ['methodId']));
  if (method.status !== 'active') return fail(issue('payment.method_removed', ['methodId']));
  return ok({ kind: method.kind, method });
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
  const now = ctx.clock.now();
  const claim = await ctx.store.idempotency.claim({
    key: `pay:${input.accountId}:${input.idempotencyKey}`,
    fingerprint: fingerprint(['pay', input.paymentId, input.how]),
    resourceId: createId('att', now, ctx.random),
    createdAt: now,
    expiresAt: now + ctx.policy.idempotencyTtlMs,
  });
  if (claim.outcome === 'mismatch')
    return fail(issue('payment.idempotency_key_reused', ['idempotencyKey']));
  const attemptId = claim.record.resourceId;
  let attempt = await ctx.store.attempts.get(attemptId);
  if (attempt === undefined) {
    const gate = levelGate(ctx.policy, payment.serviceType, input.accountLevel);
    if (!gate.allowed)
      return fail(
        issue('payment.level_too_low', ['accountLevel'], {
          required: gate.required,
          actual: String(input.accountLevel),
        }),
      );
    const how = await checkMethod(ctx, input.accountId, input.how);
    if (!how.success) return how;
    if ('scheme' in input.how && input.how.scheme === 'gost' && payment.payee === undefined)
      return fail(issue('payment.payee_missing', ['paymentId']));
    await syncPayment(ctx, payment.id, actor);
    const reserved = await reserve(ctx, payment.id, attemptId, actor);
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
