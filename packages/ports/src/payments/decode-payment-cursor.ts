import type { PaymentCursorPosition } from './encode-payment-cursor.js';

const CURSOR = /^(0|[1-9]\d{0,15})~([A-Za-z0-9_-]{1,128})$/;

/**
 * Decodes a cursor made by {@link encodePaymentCursor}; anything else (a user-edited query
 * string) gives `undefined`.
 *
 * @param cursor - the cursor
 * @returns the position, or `undefined` when the cursor is malformed
 * @example
 * ```ts
 * decodePaymentCursor('1767225600000~pay_01'); // { createdAt: 1767225600000, id: 'pay_01' }
 * decodePaymentCursor('x'); // undefined
 * ```
 */
export function decodePaymentCursor(cursor: string): PaymentCursorPosition | undefined {
  const match = CURSOR.exec(cursor);
  if (match === null) return undefined;
  const createdAt = Number(match[1]);
  if (!Number.isSafeInteger(createdAt)) return undefined;
  return { createdAt, id: match[2]! };
}
