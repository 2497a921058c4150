import { parsePhone, type ParsePhoneOptions } from './parse-phone.js';

/**
 * Tells whether a value is a valid phone number under {@link parsePhone}'s rules.
 *
 * @param input - any value
 * @param options - the same options as {@link parsePhone}
 * @returns `true` when {@link parsePhone} succeeds
 * @example
 * ```ts
 * isPhone('+998 90 123 45 67');  // true (Uzbekistan)
 * isPhone('89123456789');        // false: no '+' and no default country
 * isPhone('89123456789', { defaultCountry: 'RU' }); // true
 * ```
 */
export function isPhone(input: unknown, options?: ParsePhoneOptions): boolean {
  return parsePhone(input, options).success;
}
