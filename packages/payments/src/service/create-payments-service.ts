import { KabinetError, cryptoRandom, type Clock, type Random } from '@kabinet/core';
import type { Journal } from '@kabinet/audit';
import { directJournaledUnits, type JournaledUnits } from '@kabinet/audit/units';
import type { ChargeSource, PaymentStore } from '@kabinet/ports';
import type { ServiceContext } from '../steps/payments-context.js';
import { handleCallback, refreshStatus } from '../use-cases/handle-callback.js';
import { cancelPayment, refundPayment } from '../use-cases/cancel-or-refund.js';
import { issueCharge, listCharges, listDuties } from '../use-cases/charges.js';
import { createPayment } from '../use-cases/create-payment.js';
import { bindMethod, listMethods, removeMethod } from '../use-cases/methods.js';
import { confirmCheck } from '../use-cases/confirm-check.js';
import { startAttempt } from '../use-cases/start-attempt.js';
import {
  getByTransactionNumber,
  getPayment,
  listPayments,
  recordQuittance,
} from '../use-cases/queries.js';
import type { MethodCheckVerifier } from '../methods/method-check-verifier.js';
import type { PaymentProvider } from '../providers/payment-provider.js';
import { definePaymentsPolicy } from './define-payments-policy.js';
import type { PaymentJournal } from './payment-journal.js';
import type { PaymentsPolicy } from './payments-policy.js';
import type { PaymentsService } from './payments-service.js';

/**
 * What {@link createPaymentsService} needs.
 *
 * @example
 * ```ts
 * const options: PaymentsServiceOptions = { store, charges, provider, journal, clock, policy: defaultPaymentsPolicy, methodCheck };
 * ```
 */
export interface PaymentsServiceOptions {
  /** Storage (see `runPaymentStoreContract` for what an adapter must do). */
  readonly store: PaymentStore;
  /**
   * Where charges (начисления) come from: a payment's amount, service and payee are the
   * charge's, never the caller's (`createSimulatedChargeSource` of `@kabinet/payments/testing`
   * for tests and demos).
   */
  readonly charges: ChargeSource;
  /** The payment provider. */
  readonly provider: PaymentProvider;
  /** Where every change is journaled (the audit journal fits). */
  readonly journal: PaymentJournal;
  /** Time source. */
  readonly clock: Clock;
  /** Randomness for ids and transaction numbers (default: crypto). */
  readonly random?: Random;
  /** Numbers and switches ({@link defaultPaymentsPolicy} or {@link strictPaymentsPolicy}). */
  readonly policy: PaymentsPolicy;
  /** The first-use check of methods (PAY-2). */
  readonly methodCheck: MethodCheckVerifier;
  /**
   * Payment writes with their journal entries as one unit: `createJournaledUnits` over the
   * backend's unit of work (whose `payments` is this `store`) makes a payment's creation and
   * its status changes commit with their entries. Default: write, then journal.
   */
  readonly units?: JournaledUnits;
}

/** Payments write no versioned collection inside a unit. */
function noCollections(collection: string): never {
  throw new KabinetError(
    'ERR_INVALID_ARGUMENT',
    `payments keep no versioned collection ${collection}`,
  );
}

/**
 * Creates the payments service (PAY-1…PAY-5) over a store, a charge source, a provider, a
 * journal and a first-use check verifier. The policy is checked once here.
 *
 * @param options - ports, clock, randomness, policy
 * @returns the service
 * @throws KabinetError `ERR_CONFIG` when the policy is out of range or `charges` is missing
 * @example
 * ```ts
 * const clock = createFakeClock();
 * const charges = createSimulatedChargeSource({ clock });
 * const payments = createPaymentsService({
 *   store: createMemoryPaymentStore({ clock }),
 *   charges,
 *   provider: createSimulatedProvider({ clock }),
 *   journal: { append: async () => {} },
 *   clock,
 *   policy: defaultPaymentsPolicy,
 *   methodCheck: createSimulatedMethodCheck({ clock }),
 * });
 * const charge = await charges.issue({ accountId: 'acc_1', dutyCode: 'work_patent' });
 * const created = await payments.createPayment({ accountId: 'acc_1', accountLevel: 'standard', uin: charge!.uin });
 * ```
 */
export function createPaymentsService(options: PaymentsServiceOptions): PaymentsService {
  const charges = options.charges as Partial<ChargeSource> | undefined;
  if (
    typeof charges !== 'object' ||
    charges === null ||
    typeof charges.find !== 'function' ||
    typeof charges.listFor !== 'function'
  ) {
    throw new KabinetError(
      'ERR_CONFIG',
      'createPaymentsService: charges is required (a ChargeSource: the amount of a duty comes from its charge)',
    );
  }
  const ctx: ServiceContext = {
    store: options.store,
    charges: options.charges,
    provider: options.provider,
    journal: options.journal,
    clock: options.clock,
    random: options.random ?? cryptoRandom,
    policy: definePaymentsPolicy({}, options.policy),
    methodCheck: options.methodCheck,
    units:
      options.units ??
      directJournaledUnits({
        versioned: noCollections,
        payments: options.store,
        journal: options.journal as unknown as Pick<Journal, 'append'>,
      }),
  };
  return {
    createPayment: (input) => createPayment(ctx, input),
    listCharges: (input) => listCharges(ctx, input.accountId),
    listDuties: () => listDuties(ctx),
    issueCharge: (input) => issueCharge(ctx, input),
    listMethods: (input) => listMethods(ctx, input.accountId),
    bindMethod: (input) => bindMethod(ctx, input),
    removeMethod: (input) => removeMethod(ctx, input.accountId, input.methodId),
    payWithMethod: (input) =>
      startAttempt(ctx, {
        accountId: input.accountId,
        accountLevel: input.accountLevel,
        paymentId: input.paymentId,
        idempotencyKey: input.idempotencyKey,
        how: { methodId: input.methodId },
      }),
    payWithQr: (input) =>
      startAttempt(ctx, {
        accountId: input.accountId,
        accountLevel: input.accountLevel,
        paymentId: input.paymentId,
        idempotencyKey: input.idempotencyKey,
        how: { scheme: input.scheme },
      }),
    confirmCheck: (input) => confirmCheck(ctx, input.accountId, input.attemptId, input.answer),
    handleCallback: (input) => handleCallback(ctx, input),
    refreshStatus: (input) => refreshStatus(ctx, input.paymentId, input.accountId),
    cancelPayment: (input) => cancelPayment(ctx, input),
    refundPayment: (input) => refundPayment(ctx, input),
    recordQuittance: (input) => recordQuittance(ctx, input),
    listPayments: (input) => listPayments(ctx, input),
    getPayment: (input) => getPayment(ctx, input.accountId, input.paymentId),
    getByTransactionNumber: (input) =>
      getByTransactionNumber(ctx, input.transactionNumber, input.accountId),
  };
}
