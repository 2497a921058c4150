import { KabinetError, isConflict } from '@kabinet/core';
import type { StoreRecord, Stored, VersionedStore, WriteOptions } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { RecordNotRekeyed } from '../maintenance-results.js';

/** Re-keys one record, re-reading it after a lost race; `current` when it needed nothing (or is gone). */
export async function rekeyOne<T extends StoreRecord>(
  ctx: AccountContext,
  store: VersionedStore<T>,
  rekey: (record: T) => T | undefined,
  options: (record: T) => WriteOptions | undefined,
  first: Stored<T>,
): Promise<'rekeyed' | 'current' | RecordNotRekeyed['reason']> {
  let stored: Stored<T> | undefined = first;
  for (let round = 0; round <= ctx.policy.conflictRetries && stored !== undefined; round++) {
    const { version, ...rest } = stored;
    const plain = rest as unknown as T;
    let next: T | undefined;
    try {
      next = rekey(plain);
    } catch (error) {
      if (KabinetError.isInstance(error) && error.code === 'ERR_CRYPTO') return 'unreadable';
      throw error;
    }
    if (next === undefined) return 'current';
    try {
      await store.update(next, version, options(next));
      return 'rekeyed';
    } catch (error) {
      if (!isConflict(error)) throw error;
      const current: Stored<T> | undefined = await store.get(plain.id);
      // Same version: the write lost on a unique key another record holds — a document's or a contact's.
      if (current !== undefined && current.version === version) {
        for (const key of options(next)?.uniqueKeys ?? []) {
          if (!key.startsWith('document:')) continue;
          const holder = await store.findByKey(key);
          if (holder !== undefined && holder.id !== plain.id) return 'document_taken';
        }
        return 'contact_taken';
      }
      stored = current;
    }
  }
  return stored === undefined ? 'current' : 'busy';
}
