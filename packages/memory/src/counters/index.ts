/**
 * An in-memory atomic counter store with fixed and sliding windows, packed for low memory.
 *
 * @example
 * ```ts
 * import { createMemoryCounterStore } from '@kabinet/memory/counters';
 * const counters = createMemoryCounterStore({ clock });
 * ```
 *
 * @module @kabinet/memory/counters
 */
export {
  createMemoryCounterStore,
  type MemoryCounterStore,
  type MemoryCounterStoreOptions,
} from './create-memory-counter-store.js';
