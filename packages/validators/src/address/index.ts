/**
 * Russian addresses (DOC-10): free form is accepted and the parts present are checked —
 * postal index (6 digits, plausible region), street, house, building, apartment.
 *
 * @example
 * ```ts
 * import { parseAddress, formatAddress } from '@kabinet/validators/address';
 * const r = parseAddress({ postalIndex: '101000', city: 'г. Москва', street: 'ул. Тверская', house: 'д. 7', apartment: 'кв. 12' });
 * if (r.success) formatAddress(r.data); // '101000, г. Москва, ул. Тверская, д. 7, кв. 12'
 * ```
 *
 * @module @kabinet/validators/address
 */
export {
  parseAddress,
  addressPolicies,
  type Address,
  type AddressInput,
  type AddressPart,
  type AddressPolicy,
  type ParseAddressOptions,
} from './parse-address.js';
export {
  parsePostalIndex,
  type PostalIndex,
  type PostalRegionCheck,
  type ParsePostalIndexOptions,
} from './parse-postal-index.js';
export { formatAddress } from './format-address.js';
export { isAddress } from './is-address.js';
export { isPostalIndex } from './is-postal-index.js';
export { addressSchema } from './address-schema.js';
export { postalIndexSchema } from './postal-index-schema.js';
