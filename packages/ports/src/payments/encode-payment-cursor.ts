/**
 * The keyset position of a payment in a listing.
 *
 * @example
 * ```ts
 * const position: PaymentCursorPosition = { createdAt: 1767225600000, id: 'pay_01' };
 * ```
 */
export interface PaymentCursorPosition {
  /** Epoch ms the payment was created. */
  readonly createdAt: number;
  /** Payment id (tie-breaker). */
  readonly id: string;
}

/**
 * Encodes the keyset position of a payment in a listing (`createdAt` desc, `id` desc) as an
 * opaque cursor. Every {@link PaymentRepo} uses this format, so a cursor stays valid across
 * adapters and is checked by {@link decodePaymentCursor} before a store sees it.
 *
 * @param position - the last payment of a page
 * @returns the cursor
 * @example
 * ```ts
 * encodePaymentCursor({ createdAt: 1767225600000, id: 'pay_01' }); // '1767225600000~pay_01'
 * ```
 */
export function encodePaymentCursor(position: PaymentCursorPosition): string {
  return `${position.createdAt}~${position.id}`;
}
