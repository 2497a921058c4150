import {
  parseForeignPassport,
  type ParseForeignPassportOptions,
} from './parse-foreign-passport.js';

/**
 * Tells whether a value is an acceptable foreign passport number (pattern mismatches are
 * warnings and do not make it invalid unless `rejectMismatch` says so).
 *
 * @param input - any value
 * @param options - the issuing country and strictness, as for {@link parseForeignPassport}
 * @returns `true` when {@link parseForeignPassport} succeeds
 * @example
 * ```ts
 * isForeignPassport('AA1234567', { country: 'UZB' }); // true
 * isForeignPassport('AA-12#4567');                    // false
 * ```
 */
export function isForeignPassport(input: unknown, options?: ParseForeignPassportOptions): boolean {
  return parseForeignPassport(input, options).success;
}
