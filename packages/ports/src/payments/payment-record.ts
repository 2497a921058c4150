import type { StoreRecord } from '../store/versioned-store.js';
import type {
  AcknowledgmentStatus,
  CancellationReason,
  FailureCode,
  FailureParty,
  PaymentStatus,
} from './payment-types.js';

/**
 * The payee's bank details of an accrual (treasury requisites), enough to build a
 * GOST R 56042-2014 payment QR code. Field names follow the QR keys.
 *
 * @example
 * ```ts
 * const payee: PayeeRequisites = {
 *   name: 'УФК по г. Москве (ГУ МВД России по г. Москве)', personalAcc: '03100643000000017300',
 *   bankName: 'ГУ Банка России по ЦФО//УФК по г. Москве', bic: '004525988',
 *   correspAcc: '40102810545370000003', payeeInn: '7707089101', kpp: '770731005',
 *   cbc: '18810806000010008110', oktmo: '45382000',
 * };
 * ```
 */
export interface PayeeRequisites {
  /** Payee name (`Name`, at most 160 characters). */
  readonly name: string;
  /** Payee account, 20 characters (`PersonalAcc`); treasury accounts start with `03`. */
  readonly personalAcc: string;
  /** Payee bank (`BankName`, at most 45 characters). */
  readonly bankName: string;
  /** Payee bank BIK, 9 digits (`BIC`). */
  readonly bic: string;
  /** Correspondent account (`CorrespAcc`): `30101…`, the single treasury account `40102…`, or `0`. */
  readonly correspAcc: string;
  /** Payee INN (`PayeeINN`). */
  readonly payeeInn?: string;
  /** Payee KPP (`KPP`). */
  readonly kpp?: string;
  /** Budget classification code, КБК (`CBC`, 20 characters). */
  readonly cbc?: string;
  /** OKTMO (`OKTMO`, 8 or 11 digits). */
  readonly oktmo?: string;
}

/**
 * The last failure of a payment: our code, the provider's code kept beside it, who
 * declined, and the attempt it belongs to (PAY-4).
 *
 * @example
 * ```ts
 * const failure: PaymentFailure = { code: 'insufficient_funds', providerCode: '51', party: 'payer_bank', attemptId: 'att_1', at: 0 };
 * ```
 */
export interface PaymentFailure {
  /** Our reason code. */
  readonly code: FailureCode;
  /** The provider's own code (`insufficient_funds`, ISO 8583 `51`, `DECLINED`, …). */
  readonly providerCode: string;
  /** Who declined, when known. */
  readonly party?: FailureParty;
  /** The attempt that failed. */
  readonly attemptId: string;
  /** Epoch ms the failure was recorded. */
  readonly at: number;
}

/**
 * One refund of (part of) a captured amount. `pending` and `succeeded` refunds together
 * never exceed the captured amount.
 *
 * @example
 * ```ts
 * const refund: RefundEntry = { id: 'rf_1', amountKopecks: 50_000, status: 'pending', idempotencyKey: 'rf_1', createdAt: 0, updatedAt: 0 };
 * ```
 */
export interface RefundEntry {
  /** Refund id (`rf_…`). */
  readonly id: string;
  /** Refunded amount in kopecks (integer > 0). */
  readonly amountKopecks: number;
  /** `pending` until the provider confirms; `failed` refunds no longer count. */
  readonly status: 'pending' | 'succeeded' | 'failed';
  /** Key sent to the provider; the same for every retry of this refund. */
  readonly idempotencyKey: string;
  /** The provider's refund id, once known. */
  readonly providerRefundId?: string;
  /** Who asked for it (a journal party id such as `support:op_7`). */
  readonly requestedBy?: string;
  /** Epoch ms. */
  readonly createdAt: number;
  /** Epoch ms. */
  readonly updatedAt: number;
}

/**
 * What GIS GMP said about the accrual (квитирование).
 *
 * @example
 * ```ts
 * const r: PaymentReconciliation = { acknowledgment: 1, at: 0, paidKopecks: 350_000 };
 * ```
 */
export interface PaymentReconciliation {
  /** AcknowledgmentStatus; 1, 4, 5 and 6 are final matches. */
  readonly acknowledgment: AcknowledgmentStatus;
  /** Epoch ms the status was received. */
  readonly at: number;
  /** Amount GIS GMP saw paid, in kopecks, when given. */
  readonly paidKopecks?: number;
}

/**
 * A payment: one per accrual, identified for the payer by its УИН and for support by its
 * transaction number (PAY-4). Amounts are integer kopecks (never floats). The status is
 * derived from the attempts and the payment-level facts (cancellation, reconciliation,
 * refunds) and only moves along the payment transition table.
 *
 * @example
 * ```ts
 * const payment: PaymentRecord = {
 *   id: 'pay_1', accountId: 'acc_1', uin: '32117072411021588933', serviceType: 'work_patent',
 *   amountKopecks: 350_000, status: 'draft', transactionNumber: '2601011234567890',
 *   createdAt: 0, updatedAt: 0, attemptCount: 0, capturedKopecks: 0, refunds: [],
 * };
 * ```
 */
export interface PaymentRecord extends StoreRecord {
  /** Payment id (`pay_…`). */
  readonly id: string;
  /** The account that pays. */
  readonly accountId: string;
  /** УИН of the accrual (20 or 25 characters); never changes. */
  readonly uin: string;
  /** Service type, for filtering (PAY-5), e.g. `work_patent`. */
  readonly serviceType: string;
  /** Display name of the duty, e.g. «Госпошлина за выдачу патента». */
  readonly serviceName?: string;
  /** Amount due in kopecks (integer, 0 < amount ≤ `Number.MAX_SAFE_INTEGER`). */
  readonly amountKopecks: number;
  /** Current status. */
  readonly status: PaymentStatus;
  /** Number for support (unique). */
  readonly transactionNumber: string;
  /** Payee bank details, when the accrual carries them (needed for a GOST QR). */
  readonly payee?: PayeeRequisites;
  /** Epoch ms. */
  readonly createdAt: number;
  /** Epoch ms. */
  readonly updatedAt: number;
  /** How many attempts were started. */
  readonly attemptCount: number;
  /** The attempt now in progress (at most one at a time). */
  readonly activeAttemptId?: string;
  /** Epoch ms the open attempt was reserved (a reservation whose attempt was never written expires). */
  readonly activeAttemptSince?: number;
  /** The one attempt that succeeded. */
  readonly succeededAttemptId?: string;
  /** Captured by the succeeded attempt, in kopecks (0 until paid). */
  readonly capturedKopecks: number;
  /** Refunds, in the order they were asked for. */
  readonly refunds: readonly RefundEntry[];
  /** The failure of the last failed attempt, while the payment is `failed`. */
  readonly lastFailure?: PaymentFailure;
  /** Set when the payment was cancelled. */
  readonly cancellation?: {
    /** Why. */
    readonly reason: CancellationReason;
    /** Epoch ms. */
    readonly at: number;
  };
  /** The latest GIS GMP quittance status. */
  readonly reconciliation?: PaymentReconciliation;
}
