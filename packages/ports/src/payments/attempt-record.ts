import type { StoreRecord } from '../store/versioned-store.js';
import type {
  AttemptActionKind,
  AttemptStatus,
  FailureCode,
  FailureParty,
  PaymentMethodKind,
} from './payment-types.js';

/**
 * What the payer must do for an attempt to go on.
 *
 * @example
 * ```ts
 * const action: AttemptAction = { kind: 'sms_code', challengeId: 'chl_1', destination: '+7 916 ***-**-67' };
 * ```
 */
export interface AttemptAction {
  /** The kind of step. */
  readonly kind: AttemptActionKind;
  /** Id of our first-use check challenge (`sms_code`, `bank_app`, `wallet_password`). */
  readonly challengeId?: string;
  /** Masked destination of the check (a masked phone), for the UI. */
  readonly destination?: string;
  /** Where to send the payer (3-D Secure, the provider's page, the bank app deep link). */
  readonly url?: string;
  /** The QR payload to show (`qr_scan`): a GOST R 56042 string or an SBP link. */
  readonly qrPayload?: string;
  /** Epoch ms after which the step is no longer possible, when known. */
  readonly expiresAt?: number;
}

/**
 * Why an attempt failed: our code and the provider's.
 *
 * @example
 * ```ts
 * const failure: AttemptFailure = { code: 'insufficient_funds', providerCode: 'insufficient_funds', party: 'payer_bank' };
 * ```
 */
export interface AttemptFailure {
  /** Our reason code. */
  readonly code: FailureCode;
  /** The provider's own code. */
  readonly providerCode: string;
  /** Who declined, when known. */
  readonly party?: FailureParty;
}

/**
 * One try to pay a payment with one method: one provider object. Keeps its idempotency key
 * through every retry of its provider calls; the capture key is derived from the payment and
 * attempt ids, so a capture can never happen twice.
 *
 * @example
 * ```ts
 * const attempt: PaymentAttemptRecord = {
 *   id: 'att_1', paymentId: 'pay_1', accountId: 'acc_1', sequence: 1, methodKind: 'card', methodId: 'pm_1',
 *   provider: 'sim', idempotencyKey: 'att_1', captureKey: 'pay_1:att_1:capture', status: 'created',
 *   amountKopecks: 350_000, authorizedKopecks: 0, capturedKopecks: 0, createdAt: 0, updatedAt: 0,
 * };
 * ```
 */
export interface PaymentAttemptRecord extends StoreRecord {
  /** Attempt id (`att_…`). */
  readonly id: string;
  /** The payment it tries to pay. */
  readonly paymentId: string;
  /** The paying account. */
  readonly accountId: string;
  /** 1 for the first attempt of the payment, then 2, 3, … */
  readonly sequence: number;
  /** The bound method used; absent for a one-shot QR. */
  readonly methodId?: string;
  /** The kind of method. */
  readonly methodKind: PaymentMethodKind;
  /** Id of the provider (`PaymentProvider.id`), or `gost_qr` for a GOST QR paid through GIS GMP. */
  readonly provider: string;
  /** The provider's object id, once created. */
  readonly providerPaymentId?: string;
  /** The provider's own last status word (`waiting_for_capture`, `ON_PAYMENT`, …). */
  readonly providerStatus?: string;
  /** Base of the idempotency keys of this attempt's provider calls (kept through retries). */
  readonly idempotencyKey: string;
  /** Key of the capture call: `<paymentId>:<attemptId>:capture`. */
  readonly captureKey: string;
  /** Current status. */
  readonly status: AttemptStatus;
  /** Amount asked for, in kopecks (the full amount of the payment). */
  readonly amountKopecks: number;
  /** Amount held, in kopecks (`captured ≤ authorized ≤ amount`). */
  readonly authorizedKopecks: number;
  /** Amount captured, in kopecks. */
  readonly capturedKopecks: number;
  /** The step the payer must take, while `requires_action`. */
  readonly action?: AttemptAction;
  /** Why it failed, when `failed`. */
  readonly failure?: AttemptFailure;
  /**
   * Set when the provider reported the money moved (or was held) for another amount or in
   * another currency than asked: the attempt is held where it was (never `succeeded`), its
   * payment is `requires_review` for support; only a failure or cancellation moves it on.
   */
  readonly review?: AttemptReview;
  /** Epoch ms. */
  readonly createdAt: number;
  /** Epoch ms. */
  readonly updatedAt: number;
}

/**
 * Why an attempt is held for review: what the provider reported against what was asked.
 *
 * @example
 * ```ts
 * const review: AttemptReview = { reason: 'amount_mismatch', expectedKopecks: 350_000, reportedKopecks: 1, providerStatus: 'CONFIRMED', at: 0 };
 * ```
 */
export interface AttemptReview {
  /** `amount_mismatch` or `currency_mismatch` (a currency other than RUB). */
  readonly reason: 'amount_mismatch' | 'currency_mismatch';
  /** The amount asked for, in kopecks. */
  readonly expectedKopecks: number;
  /** The amount the provider reported (in the minor unit of its currency). */
  readonly reportedKopecks: number;
  /** The currency the provider reported, when it reported one. */
  readonly currency?: string;
  /** The provider's status word with the report (`CONFIRMED`, `succeeded`, …). */
  readonly providerStatus: string;
  /** Epoch ms. */
  readonly at: number;
}
