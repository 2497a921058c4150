import type { Clock } from '@kabinet/core';
import type { StoreBackend, StoreRecord, VersionedStore } from '@kabinet/ports';
import { createMemoryBlobStore } from '../blobs/create-memory-blob-store.js';
import { createMemoryCounterStore } from '../counters/create-memory-counter-store.js';
import { createMemoryJournalStore } from '../journal/create-memory-journal-store.js';
import { createMemoryPaymentStore } from '../payments/create-memory-payment-store.js';
import { createMemorySlotStore } from '../slots/create-memory-slot-store.js';
import { createMemoryVersionedStore } from '../store/create-memory-versioned-store.js';

/** Options of {@link createMemoryStores}. */
export interface MemoryStoresOptions {
  /** The clock whose `now` decides expiry (the same clock as `createKabinet`'s). */
  readonly clock: Clock;
}

/**
 * Every Kabinet store in process memory, as one complete `StoreBackend` for
 * `createKabinet({ backend })`: the explicit choice for tests, demos and a single process that
 * accepts losing its state on restart. The same collection name always gives the same store.
 * There is no unit of work: each write takes effect at once and journal entries are appended
 * after it.
 *
 * @param options - the clock
 * @returns the backend
 * @example
 * ```ts
 * import { createMemoryStores } from '@kabinet/memory/backend';
 * const backend = createMemoryStores({ clock: systemClock });
 * await backend.versioned<{ id: string }>('accounts').get('acc_1'); // undefined
 * ```
 */
export function createMemoryStores(options: MemoryStoresOptions): StoreBackend {
  const { clock } = options;
  const collections = new Map<string, VersionedStore<StoreRecord>>();
  return {
    versioned<T extends StoreRecord>(collection: string): VersionedStore<T> {
      let store = collections.get(collection);
      if (store === undefined) {
        store = createMemoryVersionedStore<StoreRecord>({ clock, entity: collection });
        collections.set(collection, store);
      }
      return store as unknown as VersionedStore<T>;
    },
    counters: createMemoryCounterStore({ clock }),
    blobs: createMemoryBlobStore(),
    journal: createMemoryJournalStore(),
    payments: createMemoryPaymentStore({ clock }),
    slots: createMemorySlotStore({ clock }),
  };
}
