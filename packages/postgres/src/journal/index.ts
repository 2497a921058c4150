/**
 * The journal over PostgreSQL: the append-only chain, payloads, subject data keys and signed
 * checkpoints, with every race decided by a primary key or a guarded statement.
 *
 * @example
 * ```ts
 * import { createPostgresJournalStore } from '@kabinet/postgres/journal';
 * const store = createPostgresJournalStore({ pool, journal: 'kabinet' });
 * ```
 *
 * @module @kabinet/postgres/journal
 */
export {
  createPostgresJournalStore,
  type PostgresJournalStoreOptions,
} from './create-postgres-journal-store.js';
