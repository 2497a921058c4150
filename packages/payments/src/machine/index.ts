/**
 * The payment and attempt transition tables, the rule that makes provider callbacks commute,
 * and the derivation of a payment's status from its attempts.
 *
 * @example
 * ```ts
 * import { paymentMachine, classifyObservation } from '@kabinet/payments/machine';
 * paymentMachine.can('failed', 'start'); // true: retry after an error (PAY-4)
 * ```
 *
 * @module @kabinet/payments/machine
 */
export { paymentMachine } from './payment-machine.js';
export { attemptMachine } from './attempt-machine.js';
export { classifyObservation } from './classify-observation.js';
export { derivePaymentStatus } from './derive-payment-status.js';
