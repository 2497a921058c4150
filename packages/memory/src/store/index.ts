/**
 * An in-memory versioned record store: optimistic versions, unique keys, expiry, keyset pages.
 *
 * @example
 * ```ts
 * import { createMemoryVersionedStore } from '@kabinet/memory/store';
 * const drafts = createMemoryVersionedStore<{ id: string; step: number }>({ clock });
 * ```
 *
 * @module @kabinet/memory/store
 */
export {
  createMemoryVersionedStore,
  type MemoryVersionedStore,
  type MemoryVersionedStoreOptions,
} from './create-memory-versioned-store.js';
