import { invalidArgument } from '../misuse/invalid-argument.js';
import { decodePaymentCursor } from './decode-payment-cursor.js';
import type { PaymentCursorPosition } from './encode-payment-cursor.js';
import type { PaymentListQuery } from './payment-store.js';

/**
 * Checks the page of a {@link PaymentListQuery} (`payments.listByAccount`): `limit` an integer
 * ≥ 1, `after` absent or a cursor `encodePaymentCursor` made; returns the decoded cursor.
 *
 * @param query - the query the caller passed
 * @returns where the page starts (the position after which it lists), or `undefined` for the first page
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a limit below 1 or not an integer, or a malformed cursor
 * @example
 * ```ts
 * import { checkPaymentListQuery } from '@kabinet/ports/payments';
 * checkPaymentListQuery({ accountId: 'acc_1', limit: 20 }); // undefined: the first page
 * checkPaymentListQuery({ accountId: 'acc_1', limit: 20, after: 'not a cursor' }); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkPaymentListQuery(query: PaymentListQuery): PaymentCursorPosition | undefined {
  if (!Number.isSafeInteger(query.limit) || query.limit < 1)
    invalidArgument('limit must be an integer >= 1');
  const after = query.after === undefined ? undefined : decodePaymentCursor(query.after);
  if (query.after !== undefined && after === undefined) invalidArgument('malformed cursor');
  return after;
}
