/**
 * An in-memory blob store for uploaded document files, with a byte budget.
 *
 * @example
 * ```ts
 * import { createMemoryBlobStore } from '@kabinet/memory/blobs';
 * const blobs = createMemoryBlobStore({ maxBytes: 10 * 1024 * 1024 });
 * ```
 *
 * @module @kabinet/memory/blobs
 */
export {
  createMemoryBlobStore,
  type MemoryBlobStore,
  type MemoryBlobStoreOptions,
} from './create-memory-blob-store.js';
