import type { Result } from '@kabinet/core';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';
import type {
  CancellationReason,
  Page,
  PaymentRecord,
  Stored,
  ChargeRecord,
  DutyCatalogueEntry,
} from '@kabinet/ports';
import type { ProviderCallbackInput } from '../providers/payment-provider.js';
import type { PaymentJournalParty } from './payment-journal.js';
import type {
  BindMethodInput,
  CreatePaymentInput,
  IssueChargeInput,
  ListPaymentsInput,
  PayWithMethodInput,
  PayWithQrInput,
} from './payments-service-inputs.js';
import type {
  CallbackOutcome,
  PayOutcome,
  PaymentDetails,
  PaymentMethodView,
} from './payments-service-outcomes.js';

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
