/**
 * The payment port: payment, attempt, method, idempotency and processed-callback records,
 * the {@link ChargeSource} of charges (начисления) a payment's amount comes from,
 * the {@link PaymentStore} (listing by period and service type with keyset pagination, PAY-5)
 * and the status tables every store enforces.
 *
 * @example
 * ```ts
 * import type { PaymentStore, PaymentRecord } from '@kabinet/ports/payments';
 * ```
 *
 * @module @kabinet/ports/payments
 */
export type {
  PaymentStatus,
  AttemptStatus,
  PaymentMethodKind,
  MethodCheckKind,
  CardNetwork,
  AttemptActionKind,
  FailureCode,
  FailureParty,
  CancellationReason,
  AcknowledgmentStatus,
} from './payment-types.js';
export type {
  PaymentRecord,
  PayeeRequisites,
  PaymentFailure,
  RefundEntry,
  PaymentReconciliation,
} from './payment-record.js';
export type {
  PaymentAttemptRecord,
  AttemptAction,
  AttemptFailure,
  AttemptReview,
} from './attempt-record.js';
export type { PaymentMethodRecord } from './method-record.js';
export type { IdempotencyRecord, IdempotencyClaim } from './idempotency-record.js';
export type { ProcessedCallback } from './processed-callback.js';
export type {
  ChargeSource,
  ChargeRecord,
  ChargeStatus,
  DutyCatalogueEntry,
} from './charge-source.js';
export type {
  PaymentStore,
  PaymentRepo,
  PaymentAttemptRepo,
  PaymentMethodRepo,
  IdempotencyStore,
  CallbackInbox,
  PaymentListQuery,
} from './payment-store.js';
export { PAYMENT_STATUS_EDGES, ATTEMPT_STATUS_EDGES } from './status-edges.js';
export { PAYMENT_STATUSES, ATTEMPT_STATUSES } from './payment-statuses.js';
export { allowsStatusChange } from './allows-status-change.js';
export { encodePaymentCursor, type PaymentCursorPosition } from './encode-payment-cursor.js';
export { decodePaymentCursor } from './decode-payment-cursor.js';
export { checkPaymentRecord } from './check-payment-record.js';
export { checkPaymentAttemptRecord } from './check-payment-attempt-record.js';
export { checkPaymentMethodRecord } from './check-payment-method-record.js';
export { checkIdempotencyRecord } from './check-idempotency-record.js';
export { checkProcessedCallback } from './check-processed-callback.js';
export { checkPaymentListQuery } from './check-payment-list-query.js';
export { checkUnchangedFields } from './check-unchanged-fields.js';
export { PAYMENT_FIXED_FIELDS, ATTEMPT_FIXED_FIELDS, METHOD_FIXED_FIELDS } from './fixed-fields.js';
