import { parseRussianForeignPassport } from './parse-russian-foreign-passport.js';

/**
 * Tells whether a value is a well-formed Russian international passport number.
 *
 * @param input - any value
 * @returns `true` when {@link parseRussianForeignPassport} succeeds
 * @example
 * ```ts
 * isRussianForeignPassport('75 1234567'); // true
 * ```
 */
export function isRussianForeignPassport(input: unknown): boolean {
  return parseRussianForeignPassport(input).success;
}
