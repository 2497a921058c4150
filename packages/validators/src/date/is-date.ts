import { parseDate, type ParseDateOptions } from './parse-date.js';

/**
 * Tells whether a value is a valid date under {@link parseDate}'s rules.
 *
 * @param input - any value
 * @param options - the same options as {@link parseDate}
 * @returns `true` when {@link parseDate} succeeds
 * @example
 * ```ts
 * isDate('29.02.2024'); // true
 * isDate('29.02.2023'); // false
 * isDate('1.2.2024');   // false
 * ```
 */
export function isDate(input: unknown, options?: ParseDateOptions): boolean {
  return parseDate(input, options).success;
}
