/**
 * Seats of bookable slots on PostgreSQL: capacity decided by the database, across instances.
 *
 * @example
 * ```ts
 * import { createPostgresSlotStore } from '@kabinet/postgres/slots';
 * ```
 *
 * @module @kabinet/postgres/slots
 */
export {
  createPostgresSlotStore,
  type PostgresSlotStoreOptions,
} from './create-postgres-slot-store.js';
