/**
 * The payment provider port and provider adapters as mapping tables: a generic card acquirer
 * (ISO 8583 codes), YooKassa, Stripe and SBP per bank; webhook parsing with signature checks;
 * a deterministic simulated provider for tests and demos.
 *
 * @example
 * ```ts
 * import { createSimulatedProvider, mapYookassaPayment } from '@kabinet/payments/providers';
 * const provider = createSimulatedProvider({ clock, dialect: 'yookassa' });
 * ```
 *
 * @module @kabinet/payments/providers
 */
export type {
  PaymentProvider,
  ProviderPayment,
  ProviderRefund,
  ProviderCallback,
  ProviderCallbackInput,
  ProviderCreateRequest,
} from './payment-provider.js';
export {
  YOOKASSA_STATUSES,
  YOOKASSA_CANCELLATION_REASONS,
  YOOKASSA_PARTIES,
  STRIPE_STATUSES,
  STRIPE_DECLINE_CODES,
  ACQUIRER_STATUSES,
  ISO8583_RESPONSE_CODES,
  SBP_BANK_STATUSES,
  type StatusMapping,
  type SbpBank,
} from './provider-tables.js';
export { mapYookassaPayment } from './map-yookassa-payment.js';
export { mapStripePaymentIntent } from './map-stripe-payment-intent.js';
export { mapAcquirerPayment } from './map-acquirer-payment.js';
export { mapSbpOrder } from './map-sbp-order.js';
export { parseYookassaNotification } from './parse-yookassa-notification.js';
export { parseStripeEvent, type ParseStripeEventOptions } from './parse-stripe-event.js';
export { parseAcquirerNotification } from './parse-acquirer-notification.js';
export { parseSbpNotification } from './parse-sbp-notification.js';
export { verifyStripeSignature } from './verify-stripe-signature.js';
export {
  createSimulatedProvider,
  type SimulatedProvider,
  type SimulatedProviderOptions,
  type SimulatedDialect,
  type SimulatedOutcome,
  type SimulatedOperation,
  type SimulatedToken,
} from './create-simulated-provider.js';
