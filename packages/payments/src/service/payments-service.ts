import type { Result } from '@kabinet/core';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';
import type {
  AccountLevel,
  CancellationReason,
  CardNetwork,
  MethodCheckKind,
  Page,
  PaymentAttemptRecord,
  PaymentMethodKind,
  PaymentRecord,
  PaymentStatus,
  Stored,
  ChargeRecord,
  DutyCatalogueEntry,
} from '@kabinet/ports';
import type { ProviderCallbackInput } from '../providers/payment-provider.js';
import type { PaymentJournalParty } from './payment-journal.js';

/**
 * Input of {@link PaymentsService.createPayment}: the УИН of one of the account's charges.
 * The amount, service and payee come only from the charge (the `ChargeSource`), never from
 * the caller.
 *
 * @example
 * ```ts
 * const input: CreatePaymentInput = { accountId: 'acc_1', accountLevel: 'standard', uin: '32117072411021588933' };
 * ```
 */
export interface CreatePaymentInput {
  /** The paying account: it must be the charge's payer. */
  readonly accountId: string;
  /** Its level (gates which duties it can pay). */
  readonly accountLevel: AccountLevel;
  /** УИН of the charge (20 or 25 characters, check digit verified). */
  readonly uin: string;
}

/**
 * Input of {@link PaymentsService.issueCharge}: a duty of the catalogue, charged to the account.
 *
 * @example
 * ```ts
 * const input: IssueChargeInput = { accountId: 'acc_1', dutyCode: 'temporary_residence' };
 * ```
 */
export interface IssueChargeInput {
  /** The payer. */
  readonly accountId: string;
  /** The duty's code in the catalogue (see {@link PaymentsService.listDuties}). */
  readonly dutyCode: string;
}

/**
 * A bound method as the portal shows it (no token).
 *
 * @example
 * ```ts
 * const view: PaymentMethodView = { id: 'pm_1', kind: 'card', network: 'visa', label: 'Visa •••• 4242', check: 'sms_code', verified: false, createdAt: 0 };
 * ```
 */
export interface PaymentMethodView {
  /** Method id. */
  readonly id: string;
  /** Kind. */
  readonly kind: Exclude<PaymentMethodKind, 'qr'>;
  /** Card network, for cards. */
  readonly network?: CardNetwork;
  /** Masked label. */
  readonly label: string;
  /** The first-use check it needs. */
  readonly check: MethodCheckKind;
  /** Whether the first-use check passed (later payments need none: PAY-2). */
  readonly verified: boolean;
  /** Epoch ms. */
  readonly createdAt: number;
}

/**
 * Input of {@link PaymentsService.bindMethod}: an instrument tokenised by the provider's
 * payment form (the portal never sees a card number).
 *
 * @example
 * ```ts
 * const input: BindMethodInput = { accountId: 'acc_1', kind: 'card', token: 'tok_1', fingerprint: 'fp_1', label: 'Visa •••• 4242', network: 'visa' };
 * ```
 */
export interface BindMethodInput {
  /** The owning account. */
  readonly accountId: string;
  /** Kind (`card`, `wallet`, `sbp`, `direct_debit`). */
  readonly kind: Exclude<PaymentMethodKind, 'qr'>;
  /** The provider's reusable token. */
  readonly token: string;
  /** The provider's fingerprint of the instrument (binding the same instrument twice returns the first). */
  readonly fingerprint: string;
  /** Masked label (no run of 9 or more digits, up to 64 characters: S-12). */
  readonly label: string;
  /** Card network, required for cards (PAY-1). */
  readonly network?: CardNetwork;
}

/**
 * Input of {@link PaymentsService.payWithMethod}.
 *
 * @example
 * ```ts
 * const input: PayWithMethodInput = { accountId: 'acc_1', accountLevel: 'standard', paymentId: 'pay_1', methodId: 'pm_1', idempotencyKey: 'b6a1f2c4-0d7e' };
 * ```
 */
export interface PayWithMethodInput {
  /** The paying account. */
  readonly accountId: string;
  /** Its level. */
  readonly accountLevel: AccountLevel;
  /** The payment. */
  readonly paymentId: string;
  /** The bound method. */
  readonly methodId: string;
  /** The client's key for this try (8–64 characters); a retry with it resumes the same attempt. */
  readonly idempotencyKey: string;
}

/**
 * Input of {@link PaymentsService.payWithQr}: `sbp` asks the provider for an SBP QR link;
 * `gost` builds a GOST R 56042-2014 payload from the accrual's payee details (paid in any
 * bank's app; confirmed by GIS GMP through {@link PaymentsService.recordQuittance}).
 *
 * @example
 * ```ts
 * const input: PayWithQrInput = { accountId: 'acc_1', accountLevel: 'standard', paymentId: 'pay_1', scheme: 'sbp', idempotencyKey: 'c7d2a8e1-3f90' };
 * ```
 */
export interface PayWithQrInput {
  /** The paying account. */
  readonly accountId: string;
  /** Its level. */
  readonly accountLevel: AccountLevel;
  /** The payment. */
  readonly paymentId: string;
  /** Which QR. */
  readonly scheme: 'sbp' | 'gost';
  /** The client's key for this try. */
  readonly idempotencyKey: string;
}

/**
 * What a pay call leaves: the payment and the attempt (its `action` tells the payer what to
 * do next, e.g. enter the SMS code or scan the QR).
 *
 * @example
 * ```ts
 * if (outcome.attempt.action?.kind === 'sms_code') askForCode(outcome.attempt.id);
 * ```
 */
export interface PayOutcome {
  /** The payment after the call. */
  readonly payment: Stored<PaymentRecord>;
  /** The attempt after the call. */
  readonly attempt: Stored<PaymentAttemptRecord>;
}

/**
 * A payment with its attempts (for the payment page and for support).
 *
 * @example
 * ```ts
 * const { payment, attempts } = details;
 * ```
 */
export interface PaymentDetails {
  /** The payment. */
  readonly payment: Stored<PaymentRecord>;
  /** Its attempts, by sequence. */
  readonly attempts: readonly Stored<PaymentAttemptRecord>[];
}

/**
 * What handling a callback did: `applied` (state moved), `unchanged` (nothing new),
 * `duplicate` (seen before: S-16), `stale` (an out-of-order callback older than the state;
 * the provider was asked and agreed), `conflict` (the provider contradicts a terminal state;
 * journaled for support).
 *
 * @example
 * ```ts
 * const r = await payments.handleCallback({ body, headers });
 * if (r.success && r.data.outcome === 'duplicate') return new Response(null, { status: 200 });
 * ```
 */
export interface CallbackOutcome {
  /** What happened. */
  readonly outcome: 'applied' | 'unchanged' | 'duplicate' | 'stale' | 'conflict';
  /** The payment afterwards, when the callback was about a known one. */
  readonly payment?: Stored<PaymentRecord>;
}

/**
 * Input of {@link PaymentsService.listPayments} (PAY-5).
 *
 * @example
 * ```ts
 * const input: ListPaymentsInput = { accountId: 'acc_1', from: Date.UTC(2026, 0, 1), to: Date.UTC(2027, 0, 1), serviceTypes: ['work_patent'], limit: 20 };
 * ```
 */
export interface ListPaymentsInput {
  /** The account. */
  readonly accountId: string;
  /** Period start, epoch ms, inclusive. */
  readonly from?: number;
  /** Period end, epoch ms, exclusive. */
  readonly to?: number;
  /** Service types to include. */
  readonly serviceTypes?: readonly string[];
  /** Statuses to include. */
  readonly statuses?: readonly PaymentStatus[];
  /** Page size (default and maximum from the policy). */
  readonly limit?: number;
  /** `nextCursor` of the previous page. */
  readonly cursor?: string;
}

/**
 * The payments service: state duties from accrual to quittance (PAY-1…PAY-5). Every method
 * returns issues for invalid input and throws `KabinetError` only for infrastructure faults
 * (a store or provider outage: retry with the same idempotency key). Every change is
 * journaled; every write is versioned (S-15); every externally triggered operation is
 * idempotent (S-16).
 *
 * @example
 * ```ts
 * const created = await payments.createPayment({ accountId, accountLevel: 'standard', uin: charge.uin });
 * const paid = await payments.payWithMethod({ accountId, accountLevel: 'standard', paymentId: created.data.id, methodId, idempotencyKey });
 * ```
 */
export interface PaymentsService {
  /**
   * Creates the payment of one of the account's charges (amount, service and payee from the
   * charge), or returns the account's open payment of that УИН. A charge that does not exist
   * or belongs to another payer is the same `payment.charge_not_found`; a paid one is
   * `payment.uin_paid`; an annulled one `payment.charge_annulled`.
   */
  createPayment(
    input: CreatePaymentInput,
  ): Promise<Result<Stored<PaymentRecord>, PaymentsIssueCode>>;
  /** The account's charges (начисления), newest first. */
  listCharges(input: {
    readonly accountId: string;
  }): Promise<Result<readonly ChargeRecord[], PaymentsIssueCode>>;
  /** The catalogue of duties {@link PaymentsService.issueCharge} can charge (empty when the charge source only looks charges up). */
  listDuties(): readonly DutyCatalogueEntry[];
  /** Charges a catalogue duty to the account (the catalogue's amount, a fresh УИН); `payment.duty_unknown` for a code it cannot issue. */
  issueCharge(input: IssueChargeInput): Promise<Result<ChargeRecord, PaymentsIssueCode>>;
  /** The account's active methods. */
  listMethods(input: { readonly accountId: string }): Promise<readonly PaymentMethodView[]>;
  /** Binds a tokenised method (once: the same fingerprint returns the bound one). */
  bindMethod(input: BindMethodInput): Promise<Result<PaymentMethodView, PaymentsIssueCode>>;
  /** Removes a method; it stays in history but cannot pay. */
  removeMethod(input: {
    readonly accountId: string;
    readonly methodId: string;
  }): Promise<Result<PaymentMethodView, PaymentsIssueCode>>;
  /** Pays with a bound method; its first use asks for the one-time check (PAY-2). */
  payWithMethod(input: PayWithMethodInput): Promise<Result<PayOutcome, PaymentsIssueCode>>;
  /** Pays by an SBP QR link or a GOST R 56042 payment QR code. */
  payWithQr(input: PayWithQrInput): Promise<Result<PayOutcome, PaymentsIssueCode>>;
  /** Answers the first-use check of an attempt; on success the method is verified and the payment goes on. */
  confirmCheck(input: {
    readonly accountId: string;
    readonly attemptId: string;
    readonly answer: string;
  }): Promise<Result<PayOutcome, PaymentsIssueCode>>;
  /** Handles a provider callback: authenticated, deduplicated, order-independent (S-16). */
  handleCallback(input: ProviderCallbackInput): Promise<Result<CallbackOutcome, PaymentsIssueCode>>;
  /** Asks the provider for the current state of every open attempt and applies it. */
  refreshStatus(input: {
    readonly paymentId: string;
    readonly accountId?: string;
  }): Promise<Result<PaymentDetails, PaymentsIssueCode>>;
  /** Cancels a payment no money moved for (attempts are cancelled at the provider first). */
  cancelPayment(input: {
    readonly accountId: string;
    readonly paymentId: string;
    readonly reason?: CancellationReason;
    readonly actor?: PaymentJournalParty;
  }): Promise<Result<Stored<PaymentRecord>, PaymentsIssueCode>>;
  /** Refunds (part of) a paid payment; refunds never exceed the captured amount. */
  refundPayment(input: {
    readonly paymentId: string;
    readonly amountKopecks: number;
    readonly idempotencyKey: string;
    readonly actor: PaymentJournalParty;
  }): Promise<Result<Stored<PaymentRecord>, PaymentsIssueCode>>;
  /** Records a GIS GMP quittance status for an accrual (`paid` → `reconciled` on 1, 4, 5, 6). */
  recordQuittance(input: {
    readonly uin: string;
    readonly acknowledgment: number;
    readonly paidKopecks?: number;
  }): Promise<Result<Stored<PaymentRecord>, PaymentsIssueCode>>;
  /** Lists the account's payments by period, service type and status, newest first, by keyset pages (PAY-5). */
  listPayments(
    input: ListPaymentsInput,
  ): Promise<Result<Page<Stored<PaymentRecord>>, PaymentsIssueCode>>;
  /** One payment of the account with its attempts. */
  getPayment(input: {
    readonly accountId: string;
    readonly paymentId: string;
  }): Promise<Result<PaymentDetails, PaymentsIssueCode>>;
  /** A payment by its transaction number (PAY-4), optionally only within one account. */
  getByTransactionNumber(input: {
    readonly transactionNumber: string;
    readonly accountId?: string;
  }): Promise<Result<PaymentDetails, PaymentsIssueCode>>;
}
