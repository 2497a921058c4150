/**
 * The message catalogue of `@kabinet/payments` (ru and en).
 *
 * @example
 * ```ts
 * import { paymentMessages } from '@kabinet/payments/messages';
 * ```
 *
 * @module @kabinet/payments/messages
 */
export {
  paymentMessages,
  type PaymentMessageCode,
  type PaymentsIssueCode,
} from './payment-messages.js';
