import type { Clock } from '@kabinet/core';
import type { SqlPool } from '../../pool/sql-pool.js';
import type { RecordStatements } from './record-statements.js';

/** What every operation of a versioned store over PostgreSQL works with. */
export interface RecordContext {
  /** The pool (or a unit of work's scoped pool) the statements run on. */
  readonly pool: SqlPool;
  /** The collection the store holds; also the entity name in conflicts. */
  readonly collection: string;
  /** The clock whose `now` decides expiry. */
  readonly clock: Clock;
  /** The statements over the store's schema. */
  readonly statements: RecordStatements;
}
