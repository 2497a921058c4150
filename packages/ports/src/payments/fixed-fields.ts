import type { PaymentAttemptRecord } from './attempt-record.js';
import type { PaymentMethodRecord } from './method-record.js';
import type { PaymentRecord } from './payment-record.js';

/**
 * The fields of a payment an update may never change (its account, УИН, transaction number,
 * amount and creation time), in the order every store reports them (see `checkUnchangedFields`).
 *
 * @example
 * ```ts
 * checkUnchangedFields<PaymentRecord>(stored, record, PAYMENT_FIXED_FIELDS, 'payment');
 * ```
 */
export const PAYMENT_FIXED_FIELDS = [
  'accountId',
  'uin',
  'transactionNumber',
  'amountKopecks',
  'createdAt',
] as const satisfies readonly (keyof PaymentRecord)[];

/**
 * The fields of a payment attempt an update may never change (its payment, account, sequence,
 * method, provider, keys, amount and creation time); `providerPaymentId` may be set once.
 *
 * @example
 * ```ts
 * checkUnchangedFields<PaymentAttemptRecord>(stored, record, ATTEMPT_FIXED_FIELDS, 'attempt');
 * ```
 */
export const ATTEMPT_FIXED_FIELDS = [
  'paymentId',
  'accountId',
  'sequence',
  'methodId',
  'methodKind',
  'provider',
  'idempotencyKey',
  'captureKey',
  'amountKopecks',
  'createdAt',
] as const satisfies readonly (keyof PaymentAttemptRecord)[];

/**
 * The fields of a bound payment method an update may never change (its account, kind,
 * fingerprint and creation time).
 *
 * @example
 * ```ts
 * checkUnchangedFields<PaymentMethodRecord>(stored, record, METHOD_FIXED_FIELDS, 'method');
 * ```
 */
export const METHOD_FIXED_FIELDS = [
  'accountId',
  'kind',
  'fingerprint',
  'createdAt',
] as const satisfies readonly (keyof PaymentMethodRecord)[];
