/**
 * Whether a value is a valid amount of money for Kabinet: an integer number of kopecks,
 * `min ≤ value ≤ Number.MAX_SAFE_INTEGER` (no floats, no `NaN`, no infinities).
 *
 * @param value - anything
 * @param min - the smallest allowed amount (default 1: a charge is never zero)
 * @returns whether it is an amount
 * @example
 * ```ts
 * isKopecks(350000); // true
 * isKopecks(3500.5); // false
 * isKopecks(0);      // false
 * ```
 */
export function isKopecks(value: unknown, min = 1): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}
