/**
 * The unit of work and the journal's outbox on PostgreSQL: a step's writes and its journal
 * entries commit in one transaction; one sequencer (advisory-lock leader) moves the entries
 * into the chain in batches.
 *
 * @example
 * ```ts
 * import { createPostgresJournalOutbox, createPostgresUnitOfWork } from '@kabinet/postgres/outbox';
 * ```
 *
 * @module @kabinet/postgres/outbox
 */
export {
  createPostgresUnitOfWork,
  type PostgresUnitOfWorkOptions,
} from './create-postgres-unit-of-work.js';
export {
  createPostgresJournalOutbox,
  type PostgresJournalOutboxOptions,
} from './create-postgres-journal-outbox.js';
