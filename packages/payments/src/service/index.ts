/**
 * The payments service: create a payment for an accrual, bind methods, pay (first-use check,
 * SBP and GOST QR), handle callbacks idempotently in any order, refresh, cancel, refund,
 * record GIS GMP quittance, list and find payments; its policy presets and journal port.
 *
 * @example
 * ```ts
 * import { createPaymentsService, defaultPaymentsPolicy } from '@kabinet/payments/service';
 * ```
 *
 * @module @kabinet/payments/service
 */
export { createPaymentsService, type PaymentsServiceOptions } from './create-payments-service.js';
export { definePaymentsPolicy } from './define-payments-policy.js';
export { paymentInputSchemas } from './payment-input-schemas.js';
export {
  defaultPaymentsPolicy,
  strictPaymentsPolicy,
  type PaymentsPolicy,
  type PayingLevel,
} from './payments-policy.js';
export type {
  PaymentJournal,
  PaymentJournalEvent,
  PaymentJournalAction,
  PaymentJournalParty,
  PaymentJournalValue,
} from './payment-journal.js';
export type { PaymentsService } from './payments-service.js';
export type {
  CreatePaymentInput,
  IssueChargeInput,
  BindMethodInput,
  PayWithMethodInput,
  PayWithQrInput,
  ListPaymentsInput,
} from './payments-service-inputs.js';
export type {
  PayOutcome,
  PaymentDetails,
  PaymentMethodView,
  CallbackOutcome,
} from './payments-service-outcomes.js';
