import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parseAddress, type Address, type AddressInput } from './parse-address.js';

/**
 * zod 4 schema of an address built on {@link parseAddress} with the `portal` policy: an
 * {@link AddressInput} object or a free-form string in, {@link Address} out.
 *
 * @example
 * ```ts
 * const form = z.object({ address: addressSchema });
 * form.safeParse({ address: { postalIndex: '101000', street: 'ул. Тверская', house: '7' } }).success; // true
 * ```
 */
export const addressSchema = /* @__PURE__ */ schemaFromParse<AddressInput | string, Address>(
  (input, path) => parseAddress(input, { path }),
);
