/**
 * Uploaded scans over PostgreSQL, one `bytea` row each, capped before any SQL runs.
 *
 * @example
 * ```ts
 * import { createPostgresBlobStore } from '@kabinet/postgres/blobs';
 * ```
 *
 * @module @kabinet/postgres/blobs
 */
export {
  createPostgresBlobStore,
  DEFAULT_MAX_BLOB_BYTES,
  type PostgresBlobStoreOptions,
} from './create-postgres-blob-store.js';
