import { KabinetError, type Clock, type Random } from '@kabinet/core';
import { withoutUndefined, type RecordedPayload } from '@kabinet/audit';
import type { JournaledUnits } from '@kabinet/audit/units';
import type {} from '../service/payment-journal-actions.js';
import type {
  ChargeSource,
  PaymentAttemptRecord,
  PaymentRecord,
  PaymentStore,
  Stored,
} from '@kabinet/ports';
import type { MethodCheckVerifier } from '../methods/method-check-verifier.js';
import type { PaymentProvider } from '../providers/payment-provider.js';
import type {
  PaymentJournal,
  PaymentJournalAction,
  PaymentJournalParty,
  PaymentJournalValue,
} from '../service/payment-journal.js';
import type { PaymentsPolicy } from '../service/payments-policy.js';

/** Everything the service's use cases read. */
export interface ServiceContext {
  readonly store: PaymentStore;
  readonly charges: ChargeSource;
  readonly provider: PaymentProvider;
  readonly journal: PaymentJournal;
  readonly clock: Clock;
  readonly random: Random;
  readonly policy: PaymentsPolicy;
  readonly methodCheck: MethodCheckVerifier;
  readonly units: JournaledUnits;
}

/** The provider id of attempts paid by a GOST QR code and confirmed through GIS GMP. */
export const GOST_QR_PROVIDER = 'gost_qr';

export const SYSTEM: PaymentJournalParty = { type: 'system', id: 'payments' };

/**
 * The journal party of an account.
 *
 * @example
 * ```ts
 * accountParty('acc_1'); // { type: 'account', id: 'acc_1' }
 * ```
 */
export function accountParty(accountId: string): PaymentJournalParty {
  return { type: 'account', id: accountId };
}

/**
 * The journal party of the context's payment provider.
 *
 * @example
 * ```ts
 * await record(ctx, providerParty(ctx), 'payment.callback_received', payment.accountId, { paymentId: payment.id });
 * ```
 */
export function providerParty(ctx: ServiceContext): PaymentJournalParty {
  return { type: 'provider', id: ctx.provider.id };
}

/**
 * Journals an event about an account.
 *
 * @example
 * ```ts
 * await record(ctx, accountParty('acc_1'), 'payment.method_removed', 'acc_1', { methodId });
 * ```
 */
export async function record<A extends PaymentJournalAction>(
  ctx: ServiceContext,
  actor: PaymentJournalParty,
  action: A,
  accountId: string,
  payload: RecordedPayload<A>,
): Promise<void> {
  await ctx.journal.append({
    actor,
    action,
    subject: accountParty(accountId),
    // Payment actions' payloads hold payment journal values (`payment-journal-actions.ts`); only
    // their optional fields may be `undefined`, and withoutUndefined drops those.
    payload: withoutUndefined(payload) as Readonly<Record<string, PaymentJournalValue>>,
  });
}

/** What a payment write sees inside a unit: the store bound to it, and a journal that commits with it. */
export interface PaymentUnit {
  readonly store: PaymentStore;
  /** Journals an event about an account in the unit; the payload is the action's in `JournalActionCatalogue`. */
  record<A extends PaymentJournalAction>(
    actor: PaymentJournalParty,
    action: A,
    accountId: string,
    payload: RecordedPayload<A>,
  ): Promise<void>;
}

/**
 * Runs payment writes and their journal entries as one unit (`ctx.units`): on a backend with a
 * unit of work they commit together or not at all (S-14, AUD-1).
 *
 * @example
 * ```ts
 * await inUnit(ctx, async (unit) => {
 *   const created = await unit.store.payments.create(payment);
 *   await unit.record(accountParty(created.accountId), 'payment.created', created.accountId, { paymentId: created.id });
 * });
 * ```
 */
export function inUnit<T>(
  ctx: ServiceContext,
  work: (unit: PaymentUnit) => Promise<T>,
): Promise<T> {
  return ctx.units.run((unit) =>
    work({
      store: unit.payments,
      record: (actor, action, accountId, payload) =>
        // `record`'s signature checked the payload against the action; the unit takes it as JSON.
        unit.append<string>({
          actor,
          action,
          subject: accountParty(accountId),
          payload: withoutUndefined(payload),
        }),
    }),
  );
}

/**
 * Reads a payment that must exist (a vanished one is a store fault: `ERR_NOT_FOUND`).
 *
 * @example
 * ```ts
 * const payment = await loadPayment(ctx, attempt.paymentId);
 * ```
 */
export async function loadPayment(
  ctx: ServiceContext,
  paymentId: string,
): Promise<Stored<PaymentRecord>> {
  const payment = await ctx.store.payments.get(paymentId);
  if (payment === undefined)
    throw new KabinetError('ERR_NOT_FOUND', `payment ${paymentId} vanished`);
  return payment;
}

/**
 * Reads an attempt that must exist (a vanished one is a store fault: `ERR_NOT_FOUND`).
 *
 * @example
 * ```ts
 * const attempt = await loadAttempt(ctx, attemptId);
 * ```
 */
export async function loadAttempt(
  ctx: ServiceContext,
  attemptId: string,
): Promise<Stored<PaymentAttemptRecord>> {
  const attempt = await ctx.store.attempts.get(attemptId);
  if (attempt === undefined)
    throw new KabinetError('ERR_NOT_FOUND', `attempt ${attemptId} vanished`);
  return attempt;
}
