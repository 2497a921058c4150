import { parseAddress, type ParseAddressOptions } from './parse-address.js';

/**
 * Tells whether a value is an acceptable address under {@link parseAddress}'s rules.
 *
 * @param input - an address object or a free-form string
 * @param options - the same options as {@link parseAddress}
 * @returns `true` when {@link parseAddress} succeeds
 * @example
 * ```ts
 * isAddress('101000, г. Москва, ул. Тверская, д. 7'); // true
 * isAddress({ apartment: 'кв. -1' });               // false
 * ```
 */
export function isAddress(input: unknown, options?: ParseAddressOptions): boolean {
  return parseAddress(input, options).success;
}
