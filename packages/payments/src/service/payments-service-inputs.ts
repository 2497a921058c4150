import type { AccountLevel, CardNetwork, PaymentMethodKind, PaymentStatus } from '@kabinet/ports';

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
