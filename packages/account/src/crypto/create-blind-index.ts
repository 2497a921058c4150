import { createHmac } from 'node:crypto';
import { KabinetError } from '@kabinet/core';
import type { KeyProvider } from '@kabinet/ports';

/**
 * Computes the blind index of a normalised value: `<kid>:<hex HMAC-SHA-256>` under the
 * current `blind-index` key, scoped so equal values in different scopes do not match.
 */
export type BlindIndex = (scope: 'phone' | 'email' | 'ip', normalisedValue: string) => string;

/**
 * Creates the blind index used to find an account by phone or e-mail without storing them
 * in clear (ACC-10, S-12): an HMAC under the key provider's `blind-index` key. Equal inputs
 * give equal indexes, so it is a unique key in the store; without the key it reveals nothing.
 * Rotating the `blind-index` key requires re-indexing stored records.
 *
 * @param keys - the key provider
 * @returns the index function
 * @throws `KabinetError` `ERR_CONFIG` (when called) if the key is not 32 bytes
 * @example
 * ```ts
 * const index = createBlindIndex(keys);
 * index('phone', '+998901234567'); // 'bi1:5f2c…'
 * ```
 */
export function createBlindIndex(keys: KeyProvider): BlindIndex {
  return (scope, value) => {
    const { kid, key } = keys.currentSecret('blind-index');
    if (key.length < 32) throw new KabinetError('ERR_CONFIG', `blind-index key ${kid} must be at least 32 bytes`);
    return `${kid}:${createHmac('sha256', key).update(`${scope}\u0000${value}`, 'utf8').digest('hex')}`;
  };
}
