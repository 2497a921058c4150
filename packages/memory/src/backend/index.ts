/**
 * Every Kabinet store in process memory at once, one complete backend for `createKabinet`.
 *
 * @example
 * ```ts
 * import { createMemoryStores } from '@kabinet/memory/backend';
 * const kabinet = createKabinet({ keys, backend: createMemoryStores({ clock }), senders, registry });
 * ```
 *
 * @module @kabinet/memory/backend
 */
export { createMemoryStores, type MemoryStoresOptions } from './create-memory-stores.js';
