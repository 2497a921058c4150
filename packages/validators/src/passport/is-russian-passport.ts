import { parseRussianPassport } from './parse-russian-passport.js';

/**
 * Tells whether a value is a well-formed Russian internal passport series and number.
 *
 * @param input - any value
 * @returns `true` when {@link parseRussianPassport} succeeds
 * @example
 * ```ts
 * isRussianPassport('4510 123456'); // true
 * isRussianPassport('4510 12345');  // false
 * ```
 */
export function isRussianPassport(input: unknown): boolean {
  return parseRussianPassport(input).success;
}
