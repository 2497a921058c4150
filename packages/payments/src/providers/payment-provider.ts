import type { Result } from '@kabinet/core';
import type {
  AttemptAction,
  AttemptFailure,
  AttemptStatus,
  PaymentMethodKind,
} from '@kabinet/ports';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/**
 * A provider's payment object in our words: its status mapped onto the attempt's, the
 * provider's own status word kept, amounts in kopecks, the step the payer must take, and the
 * failure reason mapped to our code with the provider's code kept.
 *
 * @example
 * ```ts
 * const p: ProviderPayment = { providerPaymentId: '2d3f…', reference: 'att_1', status: 'failed', providerStatus: 'canceled',
 *   amountKopecks: 350_000, capturedKopecks: 0, failure: { code: 'insufficient_funds', providerCode: 'insufficient_funds', party: 'payer_bank' } };
 * ```
 */
export interface ProviderPayment {
  /** The provider's object id. */
  readonly providerPaymentId: string;
  /** Our attempt id, echoed from the provider's metadata, when present. */
  readonly reference?: string;
  /** Status mapped onto the attempt's. */
  readonly status: AttemptStatus;
  /** The provider's own status word. */
  readonly providerStatus: string;
  /** Amount of the object, in kopecks. */
  readonly amountKopecks: number;
  /** Amount captured, in kopecks (0 unless succeeded). */
  readonly capturedKopecks: number;
  /**
   * The currency the provider reported (ISO 4217, upper case), when it reports one. Anything
   * but `RUB` holds the attempt for review instead of marking the payment paid.
   */
  readonly currency?: string;
  /** Amount the provider says was returned, in kopecks, when it reports it. */
  readonly refundedKopecks?: number;
  /** The step the payer must take, when `requires_action`. */
  readonly action?: Omit<AttemptAction, 'challengeId' | 'destination'>;
  /** Why it failed, when `failed`. */
  readonly failure?: AttemptFailure;
}

/**
 * A provider's refund in our words.
 *
 * @example
 * ```ts
 * const r: ProviderRefund = { refundId: 'rf_1', providerRefundId: 're_1', providerPaymentId: 'pi_1', status: 'succeeded', amountKopecks: 100_000 };
 * ```
 */
export interface ProviderRefund {
  /** Our refund id, echoed from the provider's metadata, when present. */
  readonly refundId?: string;
  /** The provider's refund id. */
  readonly providerRefundId: string;
  /** The payment object it refunds. */
  readonly providerPaymentId: string;
  /** Mapped status. */
  readonly status: 'pending' | 'succeeded' | 'failed';
  /** Refunded amount, in kopecks. */
  readonly amountKopecks: number;
}

/**
 * A provider callback (webhook) as received: the raw body (signatures are over the exact
 * bytes) and the headers, names in lower case.
 *
 * @example
 * ```ts
 * const input: ProviderCallbackInput = { body: await request.text(), headers: Object.fromEntries(request.headers) };
 * ```
 */
export interface ProviderCallbackInput {
  /** The raw body. */
  readonly body: string;
  /** Headers with lower-case names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The sender's IP address, when the delivery layer knows it. */
  readonly remoteAddress?: string;
}

/**
 * A parsed callback: its dedup key (the provider's event id, or `<object id>:<status>` when it
 * has none), whether it was authenticated (a valid signature; unsigned callbacks are only a
 * hint and the service re-reads the object), and the object it carries.
 *
 * @example
 * ```ts
 * const cb: ProviderCallback = { kind: 'payment', eventKey: 'evt_1', authenticated: true, payment };
 * ```
 */
export type ProviderCallback =
  | {
      /** A payment object changed. */
      readonly kind: 'payment';
      /** Dedup key. */
      readonly eventKey: string;
      /** Whether a signature proved the sender. */
      readonly authenticated: boolean;
      /** The object, mapped. */
      readonly payment: ProviderPayment;
    }
  | {
      /** A refund changed. */
      readonly kind: 'refund';
      /** Dedup key. */
      readonly eventKey: string;
      /** Whether a signature proved the sender. */
      readonly authenticated: boolean;
      /** The refund, mapped. */
      readonly refund: ProviderRefund;
    };

/**
 * What {@link PaymentProvider.create} registers: one provider object per attempt.
 *
 * @example
 * ```ts
 * const request: ProviderCreateRequest = { reference: 'att_1', paymentId: 'pay_1', amountKopecks: 350_000, uin: '32117072411021588933',
 *   description: 'Госпошлина, УИН 32117072411021588933', capture: 'automatic', idempotencyKey: 'att_1:create' };
 * ```
 */
export interface ProviderCreateRequest {
  /** Our attempt id (sent as metadata, echoed in callbacks). */
  readonly reference: string;
  /** Our payment id. */
  readonly paymentId: string;
  /** Amount in kopecks. */
  readonly amountKopecks: number;
  /** УИН of the accrual (for the payment order's field 22). */
  readonly uin: string;
  /** Text for the payer's statement. */
  readonly description: string;
  /** `automatic` (single-stage) or `manual` (hold, then capture). */
  readonly capture: 'automatic' | 'manual';
  /** Idempotency key of this call (the same on every retry). */
  readonly idempotencyKey: string;
}

/**
 * A payment provider (acquirer, wallet, SBP bank) behind one port, modelled on Stripe's
 * PaymentIntent calls. Every call that changes something takes an idempotency key that is
 * the same on every retry; a key reused with other parameters is an error. Business
 * outcomes (a decline) come back as the object's status; only transport and programming
 * faults throw. `parseCallback` authenticates and maps a webhook. Map native objects with the
 * tables of this module (`mapYookassaPayment`, `mapStripePaymentIntent`, `mapAcquirerPayment`,
 * `mapSbpOrder`); `createSimulatedProvider` (`@kabinet/payments/testing`) is a deterministic
 * one for tests and demos.
 *
 * @example
 * ```ts
 * const created = await provider.create(request);
 * const confirmed = await provider.confirm({ providerPaymentId: created.providerPaymentId, method: { kind: 'card', token }, idempotencyKey: 'att_1:confirm' });
 * if (confirmed.status === 'authorized') await provider.capture({ providerPaymentId: created.providerPaymentId, amountKopecks: 350_000, idempotencyKey: 'pay_1:att_1:capture' });
 * ```
 */
export interface PaymentProvider {
  /** Stable provider id, stored on attempts (`sim`, `yookassa`, `stripe`, `sbp-sber`). */
  readonly id: string;
  /**
   * Registers a payment object (no money moves yet).
   * @throws KabinetError on transport failures (the outcome is unknown: retry with the same key, or `getStatus`).
   */
  create(request: ProviderCreateRequest): Promise<ProviderPayment>;
  /**
   * Submits the object for payment with a method (a bound method's token; SBP or a QR
   * without a token asks the payer to scan).
   * @throws KabinetError on transport failures.
   */
  confirm(request: {
    readonly providerPaymentId: string;
    readonly method: { readonly kind: PaymentMethodKind; readonly token?: string };
    readonly idempotencyKey: string;
  }): Promise<ProviderPayment>;
  /**
   * Captures held funds; the same key never captures twice.
   * @throws KabinetError on transport failures.
   */
  capture(request: {
    readonly providerPaymentId: string;
    readonly amountKopecks: number;
    readonly idempotencyKey: string;
  }): Promise<ProviderPayment>;
  /**
   * Cancels an object that has not been paid; returns its state afterwards (unchanged when
   * it can no longer be cancelled).
   * @throws KabinetError on transport failures.
   */
  cancel(request: {
    readonly providerPaymentId: string;
    readonly idempotencyKey: string;
  }): Promise<ProviderPayment>;
  /**
   * Refunds (part of) a captured payment.
   * @throws KabinetError on transport failures.
   */
  refund(request: {
    readonly providerPaymentId: string;
    readonly refundId: string;
    readonly amountKopecks: number;
    readonly idempotencyKey: string;
  }): Promise<ProviderRefund>;
  /**
   * A refund's current state, read from the provider (used when a refund callback cannot be
   * authenticated). Optional: without it such callbacks wait for an authenticated one.
   * @throws KabinetError on transport failures.
   */
  getRefund?(providerRefundId: string): Promise<ProviderRefund>;
  /**
   * The object's current state, read from the provider (the source of truth when callbacks
   * regress, conflict or cannot be authenticated).
   * @throws KabinetError on transport failures.
   */
  getStatus(providerPaymentId: string): Promise<ProviderPayment>;
  /** Authenticates and maps a webhook; malformed or forged input gives issues, never a throw. */
  parseCallback(input: ProviderCallbackInput): Promise<Result<ProviderCallback, PaymentsIssueCode>>;
}
