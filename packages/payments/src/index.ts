/**
 * State duties: payment and attempt state machines, provider mappings, UIN and payment-QR.
 *
 * @module @kabinet/payments
 */
export {};
