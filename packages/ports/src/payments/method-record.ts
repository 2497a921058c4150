import type { StoreRecord } from '../store/versioned-store.js';
import type { CardNetwork, MethodCheckKind, PaymentMethodKind } from './payment-types.js';

/**
 * A payment method bound to an account (PAY-2): bound once, its first use needs the
 * one-time check named by `check`; `verifiedAt` is set when that check passed, and later
 * payments need none. Holds the provider's token and a masked label, never a card number.
 *
 * @example
 * ```ts
 * const method: PaymentMethodRecord = {
 *   id: 'pm_1', accountId: 'acc_1', kind: 'card', network: 'visa', label: 'Visa •••• 4242',
 *   fingerprint: 'fp_9f2c', providerToken: 'tok_1', check: 'sms_code', status: 'active', createdAt: 0, updatedAt: 0,
 * };
 * ```
 */
export interface PaymentMethodRecord extends StoreRecord {
  /** Method id (`pm_…`). */
  readonly id: string;
  /** The owning account. */
  readonly accountId: string;
  /** The kind (never `qr`: QR payments are one-shot). */
  readonly kind: Exclude<PaymentMethodKind, 'qr'>;
  /** Card network, for cards. */
  readonly network?: CardNetwork;
  /** Masked label for the UI (`Visa •••• 4242`, `СБП +7 ••• ••-67`). */
  readonly label: string;
  /** The provider's stable fingerprint of the instrument: the same card binds once per account. */
  readonly fingerprint: string;
  /** The provider's reusable token for the instrument. */
  readonly providerToken: string;
  /** The first-use check this method needs. */
  readonly check: MethodCheckKind;
  /** `removed` methods stay for history but cannot pay. */
  readonly status: 'active' | 'removed';
  /** Epoch ms the first-use check passed; absent until then. */
  readonly verifiedAt?: number;
  /** Epoch ms. */
  readonly createdAt: number;
  /** Epoch ms. */
  readonly updatedAt: number;
  /** Epoch ms the method was removed. */
  readonly removedAt?: number;
}
