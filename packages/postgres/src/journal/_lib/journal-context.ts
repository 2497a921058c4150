import type { JournalTables } from '../../_lib/journal-rows.js';
import type { SqlPool } from '../../pool/sql-pool.js';
import type { JournalStatements } from './journal-statements.js';

/** What every operation of the journal store over PostgreSQL works with. */
export interface JournalContext {
  /** The pool (or a unit of work's scoped pool) the statements run on. */
  readonly pool: SqlPool;
  /** The journal's name in the shared tables. */
  readonly journal: string;
  /** The schema as the caller gave it (`''` when defaulted: part of the checkpoint lock's name). */
  readonly schema: string;
  /** The schema's journal tables, quoted (for the statements built per call). */
  readonly tables: JournalTables;
  /** The statements over the schema's journal tables. */
  readonly sql: JournalStatements;
}
