/**
 * The portal's view of payments (PAY-3): four statuses with ru/en labels, stage sentences
 * (`paid` vs `reconciled`), failure reasons and payer actions.
 *
 * @example
 * ```ts
 * import { describePayment } from '@kabinet/payments/view';
 * describePayment(payment, 'ru').label; // 'Оплачен'
 * ```
 *
 * @module @kabinet/payments/view
 */
export { toPortalStatus, type PortalStatus } from './to-portal-status.js';
export { describePayment, type PaymentView } from './describe-payment.js';
export { describeAction } from './describe-action.js';
