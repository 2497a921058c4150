/**
 * The versioned store over PostgreSQL: optimistic versions, unique keys and expiry decided by
 * guarded statements.
 *
 * @example
 * ```ts
 * import { createPostgresVersionedStore } from '@kabinet/postgres/store';
 * ```
 *
 * @module @kabinet/postgres/store
 */
export {
  createPostgresVersionedStore,
  type PostgresVersionedStoreOptions,
} from './create-postgres-versioned-store.js';
