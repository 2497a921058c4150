import type {
  PaymentAttemptRecord,
  PaymentMethodRecord,
  PaymentRecord,
} from '../payments/index.js';
import { uniqueName } from './_lib/unique-name.js';

/** The record builders {@link createPaymentFixtures} returns. */
export interface PaymentFixtures {
  /** A valid draft payment of 3 500 ₽ with fresh id, account, УИН and transaction number; `over` replaces fields. */
  readonly payment: (over?: Partial<PaymentRecord>) => PaymentRecord;
  /** A valid `created` card attempt of 3 500 ₽ for a fresh payment (or `over.paymentId`); `over` replaces fields. */
  readonly attempt: (over?: Partial<PaymentAttemptRecord>) => PaymentAttemptRecord;
  /** A valid active Visa card method with fresh id, account, fingerprint and token; `over` replaces fields. */
  readonly method: (over?: Partial<PaymentMethodRecord>) => PaymentMethodRecord;
}

/**
 * Builders of valid payment, attempt and method records, the ones the payment-store contract
 * suite writes: every call gets names no other test uses (so suites sharing a database never
 * see each other's rows) and the creation time `now()` at the moment of the call. Adapter
 * tests beyond the contract use them too, so a change of the records changes one place.
 *
 * @param now - the clock of the test (epoch ms), read at every call
 * @returns the three builders
 * @example
 * ```ts
 * import { createPaymentFixtures } from '@kabinet/ports/contract';
 * const { payment, attempt } = createPaymentFixtures(() => clock.now());
 * const p = await store.payments.create(payment({ status: 'processing' }));
 * await store.attempts.create(attempt({ paymentId: p.id, status: 'processing' }));
 * ```
 */
export function createPaymentFixtures(now: () => number): PaymentFixtures {
  return {
    payment: (over = {}) => ({
      id: uniqueName('pay'),
      accountId: uniqueName('acc'),
      uin: uniqueName('uin'),
      serviceType: 'work_patent',
      amountKopecks: 350_000,
      status: 'draft',
      transactionNumber: uniqueName('txn'),
      createdAt: now(),
      updatedAt: now(),
      attemptCount: 0,
      capturedKopecks: 0,
      refunds: [],
      ...over,
    }),
    attempt: (over = {}) => {
      const id = over.id ?? uniqueName('att');
      const paymentId = over.paymentId ?? uniqueName('pay');
      return {
        id,
        paymentId,
        accountId: 'acc_contract',
        sequence: 1,
        methodKind: 'card',
        provider: 'sim',
        idempotencyKey: id,
        captureKey: `${paymentId}:${id}:capture`,
        status: 'created',
        amountKopecks: 350_000,
        authorizedKopecks: 0,
        capturedKopecks: 0,
        createdAt: now(),
        updatedAt: now(),
        ...over,
      };
    },
    method: (over = {}) => ({
      id: uniqueName('pm'),
      accountId: uniqueName('acc'),
      kind: 'card',
      network: 'visa',
      label: 'Visa •••• 4242',
      fingerprint: uniqueName('fp'),
      providerToken: uniqueName('tok'),
      check: 'sms_code',
      status: 'active',
      createdAt: now(),
      updatedAt: now(),
      ...over,
    }),
  };
}
