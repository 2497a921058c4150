import type { SqlPool } from '../../pool/sql-pool.js';
import type { OutboxStatements } from './outbox-statements.js';

/** What the outbox's operations and leases work with. */
export interface OutboxContext {
  /** The pool leases take their connections from. */
  readonly pool: SqlPool;
  /** The journal's name in the shared tables. */
  readonly journal: string;
  /** The advisory lock's name (schema and journal): one leader per journal. */
  readonly lockName: string;
  /** Where the lease lives (see `PostgresJournalOutboxOptions.lease`). */
  readonly mode: 'dedicated' | 'pooled';
  /** Rows moved between two `VACUUM`s of the outbox (0: never). */
  readonly vacuumEvery: number;
  /** The statements over the schema's journal tables. */
  readonly sql: OutboxStatements;
}
