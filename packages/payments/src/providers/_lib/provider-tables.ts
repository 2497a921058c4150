// The providers' status and decline-code tables the mappers read: data, not API (the mappers
// are the public surface), exhaustively tested in provider-mappings.test.ts.
import type { AttemptStatus, FailureCode, FailureParty } from '@kabinet/ports';
import type { SbpBank } from '../sbp-bank.js';

/**
 * One row of a provider mapping table: the attempt status a provider status means, and for
 * a decline our reason code.
 *
 * @example
 * ```ts
 * const row: StatusMapping = { status: 'failed', code: 'expired' };
 * ```
 */
export interface StatusMapping {
  /** The attempt status. */
  readonly status: AttemptStatus;
  /** Our failure code, for `failed`. */
  readonly code?: FailureCode;
  /** The action the payer must take, for `requires_action`. */
  readonly action?: 'three_ds' | 'redirect' | 'qr_scan';
}

/**
 * YooKassa (API v3) payment statuses. `pending` means `requires_action` while a
 * confirmation (redirect URL or QR data) waits for the payer and `processing` otherwise;
 * `canceled` is a decline unless the reason says the merchant cancelled
 * ({@link YOOKASSA_CANCELLATION_REASONS}).
 *
 * @example
 * ```ts
 * YOOKASSA_STATUSES.waiting_for_capture; // { status: 'authorized' }
 * ```
 */
export const YOOKASSA_STATUSES: Readonly<Record<string, StatusMapping>> = {
  pending: { status: 'processing' },
  waiting_for_capture: { status: 'authorized' },
  succeeded: { status: 'succeeded' },
  canceled: { status: 'failed', code: 'declined_other' },
};

/**
 * YooKassa `cancellation_details.reason` → attempt status and our failure code (all 20
 * documented reasons). Only `canceled_by_merchant` is a cancellation; expiry of the
 * confirmation or of the hold is a failure with code `expired`, so the payer may retry.
 *
 * @example
 * ```ts
 * YOOKASSA_CANCELLATION_REASONS.insufficient_funds; // { status: 'failed', code: 'insufficient_funds' }
 * ```
 */
export const YOOKASSA_CANCELLATION_REASONS: Readonly<Record<string, StatusMapping>> = {
  '3d_secure_failed': { status: 'failed', code: 'authentication_failed' },
  call_issuer: { status: 'failed', code: 'declined_other' },
  canceled_by_merchant: { status: 'canceled' },
  card_expired: { status: 'failed', code: 'invalid_details' },
  country_forbidden: { status: 'failed', code: 'method_restricted' },
  deal_expired: { status: 'failed', code: 'expired' },
  expired_on_capture: { status: 'failed', code: 'expired' },
  expired_on_confirmation: { status: 'failed', code: 'expired' },
  fraud_suspected: { status: 'failed', code: 'fraud_suspected' },
  general_decline: { status: 'failed', code: 'declined_other' },
  identification_required: { status: 'failed', code: 'limit_exceeded' },
  insufficient_funds: { status: 'failed', code: 'insufficient_funds' },
  internal_timeout: { status: 'failed', code: 'issuer_unavailable' },
  invalid_card_number: { status: 'failed', code: 'invalid_details' },
  invalid_csc: { status: 'failed', code: 'invalid_details' },
  issuer_unavailable: { status: 'failed', code: 'issuer_unavailable' },
  payment_method_limit_exceeded: { status: 'failed', code: 'limit_exceeded' },
  payment_method_restricted: { status: 'failed', code: 'method_restricted' },
  permission_revoked: { status: 'failed', code: 'method_restricted' },
  unsupported_mobile_operator: { status: 'failed', code: 'method_restricted' },
};

/**
 * YooKassa `cancellation_details.party` → who declined.
 *
 * @example
 * ```ts
 * YOOKASSA_PARTIES.payment_network; // 'payer_bank'
 * ```
 */
export const YOOKASSA_PARTIES: Readonly<Record<string, FailureParty>> = {
  merchant: 'merchant',
  yoo_money: 'provider',
  payment_network: 'payer_bank',
};

/**
 * Stripe PaymentIntent statuses. `requires_payment_method` is `failed` when the intent
 * carries `last_payment_error` (a declined attempt) and `created` otherwise;
 * `requires_confirmation` waits for our confirm call, not for the payer; `canceled` with
 * reason `abandoned` or `automatic` (an expired hold) is a failure with code `expired`.
 *
 * @example
 * ```ts
 * STRIPE_STATUSES.requires_capture; // { status: 'authorized' }
 * ```
 */
export const STRIPE_STATUSES: Readonly<Record<string, StatusMapping>> = {
  requires_payment_method: { status: 'created' },
  requires_confirmation: { status: 'created' },
  requires_action: { status: 'requires_action', action: 'three_ds' },
  processing: { status: 'processing' },
  requires_capture: { status: 'authorized' },
  succeeded: { status: 'succeeded' },
  canceled: { status: 'canceled' },
};

/**
 * Stripe decline codes (`last_payment_error.decline_code`, else `.code`) → our failure code.
 * Codes not listed map to `declined_other`.
 *
 * @example
 * ```ts
 * STRIPE_DECLINE_CODES.incorrect_cvc; // 'invalid_details'
 * ```
 */
export const STRIPE_DECLINE_CODES: Readonly<Record<string, FailureCode>> = {
  insufficient_funds: 'insufficient_funds',
  incorrect_number: 'invalid_details',
  invalid_number: 'invalid_details',
  incorrect_cvc: 'invalid_details',
  invalid_cvc: 'invalid_details',
  expired_card: 'invalid_details',
  invalid_expiry_month: 'invalid_details',
  invalid_expiry_year: 'invalid_details',
  invalid_account: 'invalid_details',
  authentication_required: 'authentication_failed',
  payment_intent_authentication_failure: 'authentication_failed',
  card_velocity_exceeded: 'limit_exceeded',
  withdrawal_count_limit_exceeded: 'limit_exceeded',
  card_not_supported: 'method_restricted',
  currency_not_supported: 'method_restricted',
  restricted_card: 'method_restricted',
  transaction_not_allowed: 'method_restricted',
  pickup_card: 'method_restricted',
  lost_card: 'method_restricted',
  stolen_card: 'method_restricted',
  issuer_not_available: 'issuer_unavailable',
  try_again_later: 'issuer_unavailable',
  processing_error: 'issuer_unavailable',
  fraudulent: 'fraud_suspected',
  merchant_blacklist: 'fraud_suspected',
  generic_decline: 'declined_other',
  do_not_honor: 'declined_other',
  call_issuer: 'declined_other',
  card_declined: 'declined_other',
};

/**
 * Statuses of a generic card acquirer (the vocabulary Russian acquiring APIs share:
 * `NEW`, `FORM_SHOWED`, `3DS_CHECKING`, `AUTHORIZED`, `CONFIRMED`, `REJECTED`, …).
 * Refund states keep the attempt `succeeded`: refunds are tracked on the payment.
 *
 * @example
 * ```ts
 * ACQUIRER_STATUSES.DEADLINE_EXPIRED; // { status: 'failed', code: 'expired' }
 * ```
 */
export const ACQUIRER_STATUSES: Readonly<Record<string, StatusMapping>> = {
  NEW: { status: 'created' },
  FORM_SHOWED: { status: 'requires_action', action: 'redirect' },
  '3DS_CHECKING': { status: 'requires_action', action: 'three_ds' },
  '3DS_CHECKED': { status: 'processing' },
  AUTHORIZING: { status: 'processing' },
  AUTHORIZED: { status: 'authorized' },
  CONFIRMING: { status: 'authorized' },
  CONFIRMED: { status: 'succeeded' },
  REFUNDING: { status: 'succeeded' },
  PARTIAL_REFUNDED: { status: 'succeeded' },
  REFUNDED: { status: 'succeeded' },
  REVERSING: { status: 'authorized' },
  REVERSED: { status: 'canceled' },
  CANCELED: { status: 'canceled' },
  REJECTED: { status: 'failed', code: 'declined_other' },
  AUTH_FAIL: { status: 'failed', code: 'authentication_failed' },
  DEADLINE_EXPIRED: { status: 'failed', code: 'expired' },
};

/**
 * ISO 8583 response codes (the acquirer's `ErrorCode` of a `REJECTED` payment) → our failure
 * code. Codes not listed map to `declined_other`.
 *
 * @example
 * ```ts
 * ISO8583_RESPONSE_CODES['51']; // 'insufficient_funds'
 * ```
 */
export const ISO8583_RESPONSE_CODES: Readonly<Record<string, FailureCode>> = {
  '51': 'insufficient_funds',
  '14': 'invalid_details',
  '54': 'invalid_details',
  '82': 'invalid_details',
  N7: 'invalid_details',
  '55': 'authentication_failed',
  '61': 'limit_exceeded',
  '65': 'limit_exceeded',
  '57': 'method_restricted',
  '58': 'method_restricted',
  '62': 'method_restricted',
  '41': 'method_restricted',
  '43': 'method_restricted',
  '34': 'fraud_suspected',
  '59': 'fraud_suspected',
  '91': 'issuer_unavailable',
  '96': 'issuer_unavailable',
  '01': 'declined_other',
  '05': 'declined_other',
  '12': 'declined_other',
};

/**
 * SBP order statuses per bank → attempt status. SBP is single-stage (no hold, no capture);
 * a returned payment (`REVERSED`, `REFUNDED`) keeps the attempt `succeeded`, refunds being
 * tracked on the payment. Sber Plati QR: `CREATED` … `REFUNDED`; T-Bank QR links notify only
 * final states; Tochka: `Initiated` … `Timeout`.
 *
 * @example
 * ```ts
 * SBP_BANK_STATUSES.sber.ON_PAYMENT; // { status: 'processing' }
 * SBP_BANK_STATUSES.tochka.Timeout;  // { status: 'failed', code: 'expired' }
 * ```
 */
export const SBP_BANK_STATUSES: Readonly<Record<SbpBank, Readonly<Record<string, StatusMapping>>>> =
  {
    sber: {
      CREATED: { status: 'requires_action', action: 'qr_scan' },
      ON_PAYMENT: { status: 'processing' },
      PAID: { status: 'succeeded' },
      DECLINED: { status: 'failed', code: 'declined_other' },
      REVOKED: { status: 'canceled' },
      EXPIRED: { status: 'failed', code: 'expired' },
      REVERSED: { status: 'succeeded' },
      REFUNDED: { status: 'succeeded' },
    },
    tbank: {
      PAID: { status: 'succeeded' },
      CANCELLED: { status: 'canceled' },
      EXPIRED: { status: 'failed', code: 'expired' },
    },
    tochka: {
      Initiated: { status: 'requires_action', action: 'qr_scan' },
      Confirming: { status: 'processing' },
      Confirmed: { status: 'processing' },
      Accepting: { status: 'processing' },
      InProgress: { status: 'processing' },
      Accepted: { status: 'succeeded' },
      Rejected: { status: 'failed', code: 'declined_other' },
      Error: { status: 'failed', code: 'issuer_unavailable' },
      Timeout: { status: 'failed', code: 'expired' },
    },
  };
