import type { ATTEMPT_STATUSES, PAYMENT_STATUSES } from './payment-statuses.js';

/**
 * Where a payment for one accrual (УИН) stands. The portal shows four words (PAY-3) as a
 * projection of these: see `toPortalStatus` in `@kabinet/payments`.
 *
 * - `draft` — accrual known (УИН, amount), no attempt yet
 * - `requires_action` — waiting for the payer (first-use check, 3-D Secure, QR scan, bank app)
 * - `processing` — an attempt was submitted, outcome unknown
 * - `authorized` — funds held, capture pending (two-stage cards)
 * - `failed` — the last attempt was declined; a new attempt is allowed (PAY-4)
 * - `paid` — the provider confirms the money moved; waiting for GIS GMP
 * - `reconciled` — GIS GMP matched the payment to the accrual (квитирование 1/4/5/6)
 * - `canceled` — cancelled before any money moved (terminal)
 * - `refunded` — the whole captured amount was returned (terminal)
 *
 * @example
 * ```ts
 * const status: PaymentStatus = 'paid';
 * ```
 */
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * Where one try to pay (an attempt, one provider object) stands. `succeeded`, `failed` and
 * `canceled` are terminal; a new try is a new attempt.
 *
 * @example
 * ```ts
 * const status: AttemptStatus = 'requires_action';
 * ```
 */
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/**
 * Payment methods (PAY-1): international bank cards, e-wallets, SBP fast payments by phone,
 * payment QR codes (GOST R 56042-2014 or an SBP QR) and direct debit from a Russian bank
 * account. `qr` is one-shot; the others are bound to the account once (PAY-2).
 *
 * @example
 * ```ts
 * const kind: PaymentMethodKind = 'sbp';
 * ```
 */
export type PaymentMethodKind = 'card' | 'wallet' | 'sbp' | 'qr' | 'direct_debit';

/**
 * The one-time security check of a method's first use (PAY-2): an SMS code, a confirmation
 * in the bank's app, or the wallet's password.
 *
 * @example
 * ```ts
 * const check: MethodCheckKind = 'sms_code';
 * ```
 */
export type MethodCheckKind = 'sms_code' | 'bank_app' | 'wallet_password';

/**
 * Card networks (PAY-1: Visa, MasterCard, UnionPay; Mir for cards of Russian banks).
 *
 * @example
 * ```ts
 * const network: CardNetwork = 'unionpay';
 * ```
 */
export type CardNetwork = 'visa' | 'mastercard' | 'unionpay' | 'mir';

/**
 * What the payer must do before an attempt can go on: pass the method's first-use check
 * (`sms_code`, `bank_app`, `wallet_password`), 3-D Secure, a redirect to the provider's
 * page, or scan a QR code.
 *
 * @example
 * ```ts
 * const kind: AttemptActionKind = 'qr_scan';
 * ```
 */
export type AttemptActionKind = MethodCheckKind | 'three_ds' | 'redirect' | 'qr_scan';

/**
 * Why an attempt failed, in our words; the provider's own code is kept beside it (PAY-4).
 *
 * @example
 * ```ts
 * const code: FailureCode = 'insufficient_funds';
 * ```
 */
export type FailureCode =
  | 'insufficient_funds'
  | 'invalid_details'
  | 'authentication_failed'
  | 'limit_exceeded'
  | 'method_restricted'
  | 'issuer_unavailable'
  | 'fraud_suspected'
  | 'expired'
  | 'declined_other';

/**
 * Who declined: the payer's bank (issuer, payment network), the payment provider, or us.
 *
 * @example
 * ```ts
 * const party: FailureParty = 'payer_bank';
 * ```
 */
export type FailureParty = 'payer_bank' | 'provider' | 'merchant';

/**
 * Why a payment was cancelled: by the payer, by the portal (support), or because the accrual
 * was annulled in GIS GMP.
 *
 * @example
 * ```ts
 * const reason: CancellationReason = 'by_payer';
 * ```
 */
export type CancellationReason = 'by_payer' | 'by_merchant' | 'accrual_annulled';

/**
 * GIS GMP quittance status (AcknowledgmentStatus): 1 matched, 2 provisionally matched, 3 not
 * matched, 4 matched by the administrator without a payment, 5 forcibly matched to a payment,
 * 6 matched to a payment missing from the system.
 *
 * @example
 * ```ts
 * const ack: AcknowledgmentStatus = 1;
 * ```
 */
export type AcknowledgmentStatus = 1 | 2 | 3 | 4 | 5 | 6;
