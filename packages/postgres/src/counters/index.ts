/**
 * Attempt and send counters over PostgreSQL, one upsert per operation.
 *
 * @example
 * ```ts
 * import { createPostgresCounterStore } from '@kabinet/postgres/counters';
 * ```
 *
 * @module @kabinet/postgres/counters
 */
export {
  createPostgresCounterStore,
  type PostgresCounterStoreOptions,
} from './create-postgres-counter-store.js';
