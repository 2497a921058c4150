import { parseVisa, type ParseVisaOptions } from './parse-visa.js';

/**
 * Tells whether a value is an acceptable Russian visa (same rules as {@link parseVisa};
 * warnings do not make it invalid).
 *
 * @param input - the number, or `{ number, validFrom?, validUntil?, category? }`
 * @param options - as for {@link parseVisa}
 * @returns `true` when {@link parseVisa} succeeds
 * @example
 * ```ts
 * isVisa('123456789'); // true
 * isVisa('12#45');     // false
 * ```
 */
export function isVisa(input: unknown, options?: ParseVisaOptions): boolean {
  return parseVisa(input, options).success;
}
