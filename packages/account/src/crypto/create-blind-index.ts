import { KabinetError } from '@kabinet/core';
import type { KeyProvider, SecretKey } from '@kabinet/ports';
import { scopedMac } from '../_lib/secret-mac.js';

/** What a blind index is computed for; equal values in different scopes do not match. */
export type BlindIndexScope = 'phone' | 'email' | 'ip' | 'document';

/**
 * Computes the blind index of a normalized value: `<kid>:<hex HMAC-SHA-256>` under the
 * current `blind-index` key, scoped so equal values in different scopes do not match.
 */
export interface BlindIndex {
  (scope: BlindIndexScope, normalizedValue: string): string;
  /**
   * The value's indexes under each retired `blind-index` key still configured (empty when the
   * key provider cannot list its keys): what a lookup tries after the current index misses,
   * while records written before a key rotation wait to be re-keyed.
   */
  retired(scope: BlindIndexScope, normalizedValue: string): string[];
  /** Whether an index was computed under the current key (a record holding another needs re-keying). */
  isCurrent(index: string): boolean;
}

function indexUnder(secret: SecretKey, scope: BlindIndexScope, value: string): string {
  if (secret.key.length < 32)
    throw new KabinetError('ERR_CONFIG', `blind-index key ${secret.kid} must be at least 32 bytes`);
  return scopedMac(secret, scope, value);
}

/**
 * Creates the blind index used to find an account by phone or e-mail without storing them
 * in clear (ACC-10, S-12): an HMAC under the key provider's `blind-index` key. Equal inputs
 * give equal indexes, so it is a unique key in the store; without the key it reveals nothing.
 * After a rotation of the `blind-index` key, lookups also try {@link BlindIndex.retired}
 * indexes until every record is re-keyed (`maintenance.rekeyAccounts`).
 *
 * @param keys - the key provider
 * @returns the index function
 * @throws `KabinetError` `ERR_CONFIG` (when called) if a key is shorter than 32 bytes
 * @example
 * ```ts
 * const index = createBlindIndex(keys);
 * index('phone', '+998901234567');         // 'bi1:5f2c…'
 * index.retired('phone', '+998901234567'); // ['bi0:9a41…'] after a rotation from bi0 to bi1
 * ```
 */
export function createBlindIndex(keys: KeyProvider): BlindIndex {
  const current = (scope: BlindIndexScope, value: string): string =>
    indexUnder(keys.currentSecret('blind-index'), scope, value);
  const retired = (scope: BlindIndexScope, value: string): string[] => {
    const kid = keys.currentSecret('blind-index').kid;
    return (keys.secrets?.('blind-index') ?? [])
      .filter((s) => s.kid !== kid)
      .map((s) => indexUnder(s, scope, value));
  };
  const isCurrent = (index: string): boolean =>
    index.startsWith(`${keys.currentSecret('blind-index').kid}:`);
  return Object.assign(current, { retired, isCurrent });
}
