import type { Address } from './parse-address.js';

/**
 * Writes an address on one line in the usual Russian order: index, region, city, street,
 * `д.` house, `корп.` building, `кв.` apartment; then the free form, if any. {@link parseAddress}
 * accepts the result as a free-form address.
 *
 * @param address - a checked {@link Address}
 * @returns the one-line address
 * @example
 * ```ts
 * formatAddress({ postalIndex: '101000', city: 'г. Москва', street: 'ул. Тверская', house: '7', apartment: '12' } as Address);
 * // '101000, г. Москва, ул. Тверская, д. 7, кв. 12'
 * ```
 */
export function formatAddress(address: Address): string {
  const parts: string[] = [];
  if (address.postalIndex !== undefined) parts.push(address.postalIndex);
  if (address.region !== undefined) parts.push(address.region);
  if (address.city !== undefined) parts.push(address.city);
  if (address.street !== undefined) parts.push(address.street);
  if (address.house !== undefined) parts.push(`д. ${address.house}`);
  if (address.building !== undefined) parts.push(`корп. ${address.building}`);
  if (address.apartment !== undefined) parts.push(`кв. ${address.apartment}`);
  if (address.freeForm !== undefined && address.freeForm !== parts.join(', '))
    parts.push(address.freeForm);
  return parts.join(', ');
}
