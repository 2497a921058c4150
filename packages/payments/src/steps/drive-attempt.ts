import { retryOnConflict } from '@kabinet/core';
import type { PaymentAttemptRecord, PaymentMethodRecord, Stored } from '@kabinet/ports';
import { payeeAccountFields, payeeTaxFields } from '../_lib/payee-qr-fields.js';
import { buildPaymentQr } from '../qr/build-payment-qr.js';
import type { PaymentJournalParty } from '../service/payment-journal.js';
import { observe } from './observe-attempt.js';
import {
  GOST_QR_PROVIDER,
  loadAttempt,
  loadPayment,
  record,
  type ServiceContext,
} from './payments-context.js';
import { isCheckAction, unstore } from '../_lib/records.js';

/**
 * Writes a field change of an attempt (no status change), retried on conflicts.
 *
 * @example
 * ```ts
 * await patchAttempt(ctx, attempt.id, (a) => ({ ...a, action: undefined }));
 * ```
 */
export async function patchAttempt(
  ctx: ServiceContext,
  attemptId: string,
  patch: (
    attempt: Stored<PaymentAttemptRecord>,
  ) => Omit<PaymentAttemptRecord, 'version'> | undefined,
): Promise<Stored<PaymentAttemptRecord>> {
  return retryOnConflict(ctx.policy.conflictRetries, async () => {
    const attempt = await loadAttempt(ctx, attemptId);
    const next = patch(attempt);
    return next === undefined ? attempt : ctx.store.attempts.update(next, attempt.version);
  });
}

async function methodOf(
  ctx: ServiceContext,
  attempt: Stored<PaymentAttemptRecord>,
): Promise<Stored<PaymentMethodRecord> | undefined> {
  return attempt.methodId === undefined ? undefined : ctx.store.methods.get(attempt.methodId);
}

/** Submits an attempt to the provider (same key on every retry) and applies the answer. */
async function confirmAtProvider(
  ctx: ServiceContext,
  attempt: Stored<PaymentAttemptRecord>,
  method: Stored<PaymentMethodRecord> | undefined,
  actor: PaymentJournalParty,
): Promise<void> {
  const answer = await ctx.provider.confirm({
    providerPaymentId: attempt.providerPaymentId!,
    method: {
      kind: attempt.methodKind,
      ...(method === undefined ? {} : { token: method.providerToken }),
    },
    idempotencyKey: `${attempt.idempotencyKey}:confirm`,
  });
  await observe(ctx, attempt.id, answer, actor, { verified: true, replaceCheck: true });
}

/** Starts the method's first-use check: the attempt waits for the payer's answer (PAY-2). */
async function startCheck(
  ctx: ServiceContext,
  attempt: Stored<PaymentAttemptRecord>,
  method: Stored<PaymentMethodRecord>,
  actor: PaymentJournalParty,
): Promise<void> {
  const challenge = await ctx.methodCheck.start({
    accountId: attempt.accountId,
    methodId: method.id,
    attemptId: attempt.id,
    kind: method.check,
  });
  await patchAttempt(ctx, attempt.id, (current) =>
    current.status !== 'created'
      ? undefined
      : {
          ...unstore(current),
          status: 'requires_action',
          action: {
            kind: method.check,
            challengeId: challenge.challengeId,
            ...(challenge.destination === undefined ? {} : { destination: challenge.destination }),
            ...(challenge.expiresAt === undefined ? {} : { expiresAt: challenge.expiresAt }),
          },
          updatedAt: ctx.clock.now(),
        },
  );
  await record(ctx, actor, 'payment.check_started', attempt.accountId, {
    paymentId: attempt.paymentId,
    attemptId: attempt.id,
    methodId: method.id,
    check: method.check,
  });
}

/** The GOST QR payload of a payment (payee details, УИН, amount, purpose). */
async function gostPayload(
  ctx: ServiceContext,
  attempt: Stored<PaymentAttemptRecord>,
): Promise<string | undefined> {
  const payment = await loadPayment(ctx, attempt.paymentId);
  const payee = payment.payee;
  if (payee === undefined) return undefined;
  const built = buildPaymentQr({
    fields: {
      ...payeeAccountFields(payee),
      Sum: String(payment.amountKopecks),
      Purpose: (payment.serviceName ?? 'Государственная пошлина').slice(0, 210),
      ...payeeTaxFields(payee),
      UIN: payment.uin,
      TechCode: '03',
    },
  });
  return built.success ? built.data : undefined;
}

/**
 * Moves an attempt on as far as the service can without the payer: registers it with the
 * provider, starts the first-use check of an unverified method, submits it, captures held
 * funds (two-stage, after checking the held amount is the accrual's). Every provider call
 * uses a key derived from the attempt (the same on every retry), so running this again after
 * a crash or a lost response repeats nothing.
 *
 * @example
 * ```ts
 * const outcome = await drive(ctx, attempt, accountParty(accountId));
 * ```
 */
export async function drive(
  ctx: ServiceContext,
  attemptId: string,
  actor: PaymentJournalParty,
  options: { readonly submit: boolean } = { submit: true },
): Promise<void> {
  for (let step = 0; step < 8; step++) {
    const attempt = await loadAttempt(ctx, attemptId);
    // Held for review (another amount or currency reported): nothing is submitted or captured.
    if (attempt.review !== undefined) return;
    if (attempt.provider === GOST_QR_PROVIDER) {
      if (attempt.status !== 'created' || !options.submit) return;
      const payload = await gostPayload(ctx, attempt);
      if (payload === undefined) return;
      await patchAttempt(ctx, attemptId, (current) =>
        current.status !== 'created'
          ? undefined
          : {
              ...unstore(current),
              status: 'requires_action',
              providerStatus: 'qr_issued',
              action: { kind: 'qr_scan', qrPayload: payload },
              updatedAt: ctx.clock.now(),
            },
      );
      return;
    }
    switch (attempt.status) {
      case 'created': {
        // Callbacks and refreshes only observe and capture; only the payer's own call submits.
        if (!options.submit) return;
        if (attempt.providerPaymentId === undefined) {
          const payment = await loadPayment(ctx, attempt.paymentId);
          const created = await ctx.provider.create({
            reference: attempt.id,
            paymentId: attempt.paymentId,
            amountKopecks: attempt.amountKopecks,
            uin: payment.uin,
            description: `${payment.serviceName ?? 'Госпошлина'}, УИН ${payment.uin}`.slice(0, 128),
            capture: ctx.policy.captureMode === 'two_stage' ? 'manual' : 'automatic',
            idempotencyKey: `${attempt.idempotencyKey}:create`,
          });
          // Registering moves no money: keep the object id, not its status (a provider may call a
          // fresh object "pending").
          await patchAttempt(ctx, attemptId, (current) =>
            current.providerPaymentId !== undefined
              ? undefined
              : {
                  ...unstore(current),
                  providerPaymentId: created.providerPaymentId,
                  providerStatus: created.providerStatus,
                  updatedAt: ctx.clock.now(),
                },
          );
          continue;
        }
        const method = await methodOf(ctx, attempt);
        if (method !== undefined && method.verifiedAt === undefined) {
          await startCheck(ctx, attempt, method, actor);
          return;
        }
        await confirmAtProvider(ctx, attempt, method, actor);
        if ((await loadAttempt(ctx, attemptId)).status === 'created') return;
        continue;
      }
      case 'requires_action': {
        if (!options.submit || !isCheckAction(attempt.action)) return;
        const method = await methodOf(ctx, attempt);
        if (method?.verifiedAt === undefined || attempt.providerPaymentId === undefined) return;
        await confirmAtProvider(ctx, attempt, method, actor);
        const after = await loadAttempt(ctx, attemptId);
        if (after.status === 'requires_action' && isCheckAction(after.action)) return;
        continue;
      }
      case 'authorized': {
        if (attempt.providerPaymentId === undefined) return;
        if (attempt.authorizedKopecks !== attempt.amountKopecks) {
          // Held a different amount than the accrual: release it rather than capture a wrong sum.
          const released = await ctx.provider.cancel({
            providerPaymentId: attempt.providerPaymentId,
            idempotencyKey: `${attempt.idempotencyKey}:cancel`,
          });
          await observe(ctx, attemptId, released, actor, { verified: true });
          return;
        }
        await record(ctx, actor, 'payment.capture_requested', attempt.accountId, {
          paymentId: attempt.paymentId,
          attemptId,
          amountKopecks: attempt.amountKopecks,
          captureKey: attempt.captureKey,
        });
        const captured = await ctx.provider.capture({
          providerPaymentId: attempt.providerPaymentId,
          amountKopecks: attempt.amountKopecks,
          idempotencyKey: attempt.captureKey,
        });
        await observe(ctx, attemptId, captured, actor, { verified: true });
        if ((await loadAttempt(ctx, attemptId)).status === 'authorized') return;
        continue;
      }
      default:
        return;
    }
  }
}
