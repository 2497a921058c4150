import { timingSafeEqual } from 'node:crypto';

/**
 * Compares two strings in time that does not depend on where they differ (for codes,
 * hashes and tokens). Strings of different byte length compare unequal.
 *
 * @param a - the first string
 * @param b - the second string
 * @returns whether they are equal
 * @example
 * ```ts
 * timingSafeEqualStrings(storedMac, computedMac);
 * ```
 */
export function timingSafeEqualStrings(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}
