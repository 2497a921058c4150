import type { AccountLevel, CardNetwork, MethodCheckKind } from '@kabinet/ports';

/**
 * The account levels that can be required to pay a duty.
 *
 * @example
 * ```ts
 * const level: PayingLevel = 'standard';
 * ```
 */
export type PayingLevel = Exclude<AccountLevel, 'none'>;

/**
 * Every number and switch of the payments service. Use {@link defaultPaymentsPolicy} (the
 * domain defaults) or {@link strictPaymentsPolicy}, or derive one with `definePaymentsPolicy`.
 *
 * @example
 * ```ts
 * const policy: PaymentsPolicy = { ...defaultPaymentsPolicy, minLevelByServiceType: { residence_permit: 'confirmed' } };
 * ```
 */
export interface PaymentsPolicy {
  /** How long an idempotency key is kept, ms (at least 24 h: both Stripe and YooKassa keep keys 24 h). */
  readonly idempotencyTtlMs: number;
  /** How long a processed callback is remembered, ms (Stripe retries for up to 3 days). */
  readonly callbackRetentionMs: number;
  /** Attempts one payment may have. */
  readonly maxAttemptsPerPayment: number;
  /** Largest accrual accepted, in kopecks. */
  readonly maxAmountKopecks: number;
  /** Level needed to pay a duty whose service type is not listed. */
  readonly defaultMinLevel: PayingLevel;
  /** Level needed per service type (the account level gates which duties can be paid). */
  readonly minLevelByServiceType: Readonly<Record<string, PayingLevel>>;
  /** The first-use check of each bindable method kind (PAY-2). */
  readonly firstUseCheck: Readonly<
    Record<'card' | 'wallet' | 'sbp' | 'direct_debit', MethodCheckKind>
  >;
  /** Card networks accepted (PAY-1). */
  readonly cardNetworks: readonly CardNetwork[];
  /** `single_stage`: the provider charges at once; `two_stage`: funds are held, the amount checked, then captured. */
  readonly captureMode: 'single_stage' | 'two_stage';
  /**
   * How long a reserved attempt that was never written (the reserving call crashed) blocks
   * new attempts, ms; a retry with the same idempotency key resumes it at once.
   */
  readonly reservationTimeoutMs: number;
  /** Re-reads after a version conflict (S-15) before the conflict is passed to the caller. */
  readonly conflictRetries: number;
  /** Largest page of a payment list (PAY-5). */
  readonly maxPageSize: number;
  /** Page size when none is asked for. */
  readonly defaultPageSize: number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The domain defaults: keys kept 24 h, callbacks remembered 3 days, 10 attempts per payment,
 * accruals up to 1 000 000 ₽, any level from simplified pays (gate service types in
 * `minLevelByServiceType`), SMS code / wallet password / bank app as first-use checks, Visa,
 * MasterCard, UnionPay and Mir, single-stage capture.
 *
 * @example
 * ```ts
 * createPaymentsService({ ...deps, policy: defaultPaymentsPolicy });
 * ```
 */
export const defaultPaymentsPolicy: PaymentsPolicy = {
  idempotencyTtlMs: DAY,
  callbackRetentionMs: 3 * DAY,
  maxAttemptsPerPayment: 10,
  maxAmountKopecks: 100_000_000,
  defaultMinLevel: 'simplified',
  minLevelByServiceType: {},
  firstUseCheck: {
    card: 'sms_code',
    wallet: 'wallet_password',
    sbp: 'bank_app',
    direct_debit: 'bank_app',
  },
  cardNetworks: ['visa', 'mastercard', 'unionpay', 'mir'],
  captureMode: 'single_stage',
  reservationTimeoutMs: 60_000,
  conflictRetries: 5,
  maxPageSize: 100,
  defaultPageSize: 20,
};

/**
 * The stricter preset: keys kept 72 h, callbacks 7 days, 5 attempts, accruals up to
 * 100 000 ₽, only confirmed accounts pay, two-stage capture (the held amount is checked
 * against the accrual before capture), unwritten reservations held 2 minutes, pages of at most 50.
 *
 * @example
 * ```ts
 * createPaymentsService({ ...deps, policy: strictPaymentsPolicy });
 * ```
 */
export const strictPaymentsPolicy: PaymentsPolicy = {
  ...defaultPaymentsPolicy,
  idempotencyTtlMs: 3 * DAY,
  callbackRetentionMs: 7 * DAY,
  maxAttemptsPerPayment: 5,
  maxAmountKopecks: 10_000_000,
  defaultMinLevel: 'confirmed',
  captureMode: 'two_stage',
  reservationTimeoutMs: 120_000,
  maxPageSize: 50,
};
