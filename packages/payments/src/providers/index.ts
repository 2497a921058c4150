/**
 * The payment provider port and provider adapters as mapping tables: a generic card acquirer
 * (ISO 8583 codes), YooKassa, Stripe and SBP per bank; webhook parsing with signature checks.
 * The simulated provider for tests and demos is in `@kabinet/payments/testing`.
 *
 * @example
 * ```ts
 * import { mapYookassaPayment } from '@kabinet/payments/providers';
 * const payment = mapYookassaPayment(await response.json());
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
export { mapYookassaPayment } from './map-yookassa-payment.js';
export { mapStripePaymentIntent } from './map-stripe-payment-intent.js';
export { mapAcquirerPayment } from './map-acquirer-payment.js';
export { mapSbpOrder } from './map-sbp-order.js';
export { parseYookassaNotification } from './parse-yookassa-notification.js';
export { parseStripeEvent, type ParseStripeEventOptions } from './parse-stripe-event.js';
export { parseAcquirerNotification } from './parse-acquirer-notification.js';
export { parseSbpNotification } from './parse-sbp-notification.js';
export { verifyStripeSignature } from './verify-stripe-signature.js';
export type { SbpBank } from './sbp-bank.js';
