/**
 * Every status a payment can have, from `draft` to the terminal `canceled` and `refunded` (the
 * one list: {@link PaymentStatus} is its union, the payment state machine of
 * `@kabinet/payments` has these states, and listing filters accept exactly these).
 *
 * @example
 * ```ts
 * PAYMENT_STATUSES.includes('paid'); // true
 * ```
 */
export const PAYMENT_STATUSES = [
  'draft',
  'requires_action',
  'processing',
  'authorized',
  'requires_review',
  'failed',
  'paid',
  'reconciled',
  'canceled',
  'refunded',
] as const;

/**
 * Every status a payment attempt can have (the one list: {@link AttemptStatus} is its union
 * and the attempt state machine of `@kabinet/payments` has these states).
 *
 * @example
 * ```ts
 * ATTEMPT_STATUSES.length; // 7
 * ```
 */
export const ATTEMPT_STATUSES = [
  'created',
  'requires_action',
  'processing',
  'authorized',
  'succeeded',
  'failed',
  'canceled',
] as const;
