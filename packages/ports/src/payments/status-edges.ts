import type { AttemptStatus, PaymentStatus } from './payment-types.js';

/**
 * The status changes a stored payment may make, as `[from, to]` pairs (the payment
 * transition table of `@kabinet/payments`, kept here so every store enforces it like a
 * database constraint). `canceled` and `refunded` have no way out; `paid` never goes back;
 * `requires_review` never reaches `paid`.
 *
 * @example
 * ```ts
 * PAYMENT_STATUS_EDGES.some(([from, to]) => from === 'paid' && to === 'failed'); // false
 * ```
 */
export const PAYMENT_STATUS_EDGES: readonly (readonly [PaymentStatus, PaymentStatus])[] = [
  ['draft', 'requires_action'],
  ['draft', 'processing'],
  ['draft', 'canceled'],
  ['requires_action', 'processing'],
  ['requires_action', 'authorized'],
  ['requires_action', 'paid'],
  ['requires_action', 'failed'],
  ['requires_action', 'canceled'],
  ['processing', 'authorized'],
  ['processing', 'paid'],
  ['processing', 'failed'],
  ['processing', 'canceled'],
  ['authorized', 'paid'],
  ['authorized', 'failed'],
  ['authorized', 'canceled'],
  // A report for another amount or currency holds the payment for support; never on to `paid`.
  ['requires_action', 'requires_review'],
  ['processing', 'requires_review'],
  ['authorized', 'requires_review'],
  ['requires_review', 'failed'],
  ['requires_review', 'canceled'],
  ['failed', 'requires_action'],
  ['failed', 'processing'],
  ['failed', 'canceled'],
  ['paid', 'reconciled'],
  ['paid', 'refunded'],
  ['reconciled', 'refunded'],
];

/**
 * The status changes a stored attempt may make, as `[from, to]` pairs: forward only, and
 * nothing leaves `succeeded`, `failed` or `canceled`.
 *
 * @example
 * ```ts
 * ATTEMPT_STATUS_EDGES.some(([from, to]) => from === 'failed' && to === 'succeeded'); // false
 * ```
 */
export const ATTEMPT_STATUS_EDGES: readonly (readonly [AttemptStatus, AttemptStatus])[] = [
  ['created', 'requires_action'],
  ['created', 'processing'],
  ['created', 'authorized'],
  ['created', 'succeeded'],
  ['created', 'failed'],
  ['created', 'canceled'],
  ['requires_action', 'processing'],
  ['requires_action', 'authorized'],
  ['requires_action', 'succeeded'],
  ['requires_action', 'failed'],
  ['requires_action', 'canceled'],
  ['processing', 'authorized'],
  ['processing', 'succeeded'],
  ['processing', 'failed'],
  ['processing', 'canceled'],
  ['authorized', 'succeeded'],
  ['authorized', 'failed'],
  ['authorized', 'canceled'],
];
