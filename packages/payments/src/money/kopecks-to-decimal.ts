import { assertKopecks } from '../_lib/assert-kopecks.js';

/**
 * Writes integer kopecks as the decimal string providers expect (`"1500.00"`), exactly.
 *
 * @param kopecks - a safe integer ≥ 0
 * @returns the amount in roubles with two fraction digits
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `kopecks` is not a safe integer ≥ 0
 * @example
 * ```ts
 * kopecksToDecimal(150000); // '1500.00'
 * kopecksToDecimal(5);      // '0.05'
 * ```
 */
export function kopecksToDecimal(kopecks: number): string {
  assertKopecks(kopecks, 'kopecks');
  const digits = String(kopecks).padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
