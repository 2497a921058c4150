import type { Clock, Random } from '@kabinet/core';
import type { CardNetwork, FailureCode, PaymentMethodKind } from '@kabinet/ports';
import type { PaymentProvider, ProviderCallbackInput } from '../providers/payment-provider.js';

/**
 * Whose vocabulary the simulator speaks (objects, callbacks, signatures): a generic card
 * acquirer (HMAC-signed, ISO 8583 codes), YooKassa (unsigned, re-read on every callback),
 * Stripe (signed events with ids), or SBP through Sber (single-stage, unsigned).
 *
 * @example
 * ```ts
 * const dialect: SimulatedDialect = 'yookassa';
 * ```
 */
export type SimulatedDialect = 'acquirer' | 'yookassa' | 'stripe' | 'sbp-sber';

/**
 * What the simulated bank does with the next confirmed payment: `succeed`, stay `pending`
 * (processing until {@link SimulatedProvider.settle}), `require_action` (3-D Secure or the
 * bank app: waits for {@link SimulatedProvider.completeAction}), or fail with one of our
 * failure codes (rendered as the dialect's native code).
 *
 * @example
 * ```ts
 * provider.queueOutcome({ fail: 'insufficient_funds' }, 'succeed');
 * ```
 */
export type SimulatedOutcome =
  | 'succeed'
  | 'pending'
  | 'require_action'
  | {
      /** Decline with this reason. */
      readonly fail: FailureCode;
    };

/**
 * The provider calls the simulator can be told to fail (see {@link SimulatedProvider.failNextCall}).
 *
 * @example
 * ```ts
 * const op: SimulatedOperation = 'confirm';
 * ```
 */
export type SimulatedOperation =
  'create' | 'confirm' | 'capture' | 'cancel' | 'refund' | 'getStatus';

/**
 * Options of {@link createSimulatedProvider}.
 *
 * @example
 * ```ts
 * createSimulatedProvider({ clock, id: 'sim', dialect: 'stripe', secret: 'whsec_demo' });
 * ```
 */
export interface SimulatedProviderOptions {
  /** Time source (signature timestamps). */
  readonly clock: Clock;
  /** Provider id (default `sim`). */
  readonly id?: string;
  /** Vocabulary (default `acquirer`). */
  readonly dialect?: SimulatedDialect;
  /**
   * Secret that signs `acquirer` and `stripe` callbacks. Default: 32 random bytes drawn once
   * per provider (there is no constant secret in the source, so nobody can forge a callback).
   */
  readonly secret?: string;
  /** Where the default secret's bytes come from (default: the CSPRNG). */
  readonly random?: Random;
}

/**
 * A bound instrument as a provider's payment form would return it: a reusable token, a
 * stable fingerprint and a masked label (never the number itself).
 *
 * @example
 * ```ts
 * const t: SimulatedToken = { token: 'tok_1', fingerprint: 'fp_…', label: 'Visa •••• 4242', kind: 'card', network: 'visa' };
 * ```
 */
export interface SimulatedToken {
  /** Reusable token to bind. */
  readonly token: string;
  /** Stable fingerprint of the instrument. */
  readonly fingerprint: string;
  /** Masked label. */
  readonly label: string;
  /** The method kind. */
  readonly kind: Exclude<PaymentMethodKind, 'qr'>;
  /** Card network, for cards. */
  readonly network?: CardNetwork;
}

/**
 * A deterministic {@link PaymentProvider} for tests, demos and the walkthrough, with controls
 * a real provider does not have.
 *
 * @example
 * ```ts
 * const card = provider.tokenize({ kind: 'card', number: '4111111111111111' });
 * provider.setBalance(card.token, 0); // the next payment fails with insufficient funds
 * ```
 */
export interface SimulatedProvider extends PaymentProvider {
  /** The vocabulary spoken. */
  readonly dialect: SimulatedDialect;
  /** Every call made, in order (to assert "captured once"). */
  readonly calls: readonly {
    /** The call. */
    readonly operation: SimulatedOperation;
    /** The object it was about. */
    readonly providerPaymentId?: string;
    /** Its idempotency key. */
    readonly idempotencyKey?: string;
  }[];
  /** Tokenises an instrument as the provider's payment form would. */
  tokenize(
    instrument:
      | { readonly kind: 'card'; readonly number: string; readonly network?: CardNetwork }
      | { readonly kind: 'wallet'; readonly wallet: string }
      | { readonly kind: 'sbp'; readonly phone: string }
      | { readonly kind: 'direct_debit'; readonly account: string },
  ): SimulatedToken;
  /** Gives a token a balance in kopecks: a payment above it fails with `insufficient_funds`. */
  setBalance(token: string, kopecks: number): void;
  /** Queues outcomes for the next confirmations (default `succeed`). */
  queueOutcome(...outcomes: SimulatedOutcome[]): void;
  /** The payer finishes the step an object waits for (scans the QR, passes 3-D Secure, confirms in the bank app). */
  completeAction(providerPaymentId: string, decision?: 'approve' | 'decline'): void;
  /** Finishes a `pending` payment with an outcome (default `succeed`). */
  settle(providerPaymentId: string, outcome?: SimulatedOutcome): void;
  /** Makes the next call of an operation fail with `ERR_PROVIDER_UNAVAILABLE`, before or after its effect. */
  failNextCall(operation: SimulatedOperation, when?: 'before' | 'after'): void;
  /** Takes the callbacks emitted so far (raw, as the provider would POST them), oldest first. */
  takeCallbacks(): ProviderCallbackInput[];
  /** The object in the provider's own vocabulary. */
  native(providerPaymentId: string): Record<string, unknown>;
}
