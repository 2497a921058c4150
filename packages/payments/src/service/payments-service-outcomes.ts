import type {
  CardNetwork,
  MethodCheckKind,
  PaymentAttemptRecord,
  PaymentMethodKind,
  PaymentRecord,
  Stored,
} from '@kabinet/ports';

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
