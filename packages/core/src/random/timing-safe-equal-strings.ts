import { timingSafeEqual } from 'node:crypto';

/**
 * Compares two strings in time that does not depend on where they differ (for codes,
 * hashes and tokens). The result is exactly `a === b`; strings of different length compare
 * unequal (only the length can be learnt from the timing).
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
  // UTF-16 code units, byte for byte: UTF-8 would turn every lone surrogate into U+FFFD and
  // make different strings compare equal.
  const left = Buffer.from(a, 'utf16le');
  const right = Buffer.from(b, 'utf16le');
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}
