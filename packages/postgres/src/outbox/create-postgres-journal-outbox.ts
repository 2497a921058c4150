import type { JournalOutbox } from '@kabinet/ports';
import { journalName, journalTables } from '../_lib/journal-rows.js';
import { invalidArgument } from '../_lib/misuse.js';
import { DEFAULT_SCHEMA } from '../_lib/schema-name.js';
import type { SqlPool } from '../pool/sql-pool.js';
import type { OutboxContext } from './_lib/outbox-context.js';
import { outboxStatements } from './_lib/outbox-statements.js';
import { countPending } from './count-pending.js';
import { takeLead } from './take-lead.js';

/** Options of {@link createPostgresJournalOutbox}. */
export interface PostgresJournalOutboxOptions {
  /** A `pg.Pool` against a server, or PGlite's node-postgres bridge. */
  readonly pool: SqlPool;
  /** The schema of Kabinet's tables (default `kabinet`). */
  readonly schema?: string;
  /** The journal's name (default `kabinet`). */
  readonly journal?: string;
  /**
   * Where the lease lives. `dedicated` (default, for a server): the lease holds one connection
   * of the pool with a session advisory lock on it and writes its batches on that connection,
   * so losing the connection loses the lead and another instance takes over. `pooled` (for
   * PGlite, whose pool has one connection that a lease must not hold): leadership is kept
   * within this process and each batch takes a connection from the pool.
   */
  readonly lease?: 'dedicated' | 'pooled';
  /**
   * Rows a lease moves between two `VACUUM`s of the outbox table (default 10 000;
   * 0 never, and then the chain's tables are not analysed either). The outbox is a queue: every
   * row is inserted once and deleted once, and until a vacuum its dead rows stay in the index the
   * batches are read by, so each batch would read more of them (the whole history where
   * autovacuum is off or lags behind). The lease also runs `ANALYZE` on the chain's entries and
   * payloads when the rows it moved reach 1 000, 2 000, 4 000, …: plans made while those tables
   * were nearly empty (the payloads' foreign-key check, the batch's link to the head) scan them
   * whole, and only new statistics make PostgreSQL plan them again.
   */
  readonly vacuumEvery?: number;
}

const DEFAULT_VACUUM_EVERY = 10_000;

/**
 * The {@link JournalOutbox} of a journal on PostgreSQL (rows enqueued by
 * `createPostgresUnitOfWork`), with Trillian's and Tessera's split of writing and sequencing.
 *
 * Leadership: `lead()` takes `pg_try_advisory_lock` on a connection it keeps (key: schema and
 * journal), so one instance leads however many run a sequencer, and a leader whose connection
 * dies loses the lock with it and any instance can take over. Each `sequence` is one
 * transaction on that connection: the oldest rows are deleted (`FOR UPDATE`, so a concurrent
 * erasure is waited for and its erased payloads are what is read), `seal` turns them into the
 * entries after the head, and the entries and payloads are inserted with a guard that the
 * first links to the head and the `(journal, seq)` key deciding each row. Rows and entries
 * change hands in that one commit: a crash at any point loses nothing and leaves no gap; if
 * anything else appended meanwhile, the guard fails and nothing is written (`ConflictError`).
 * Statements are named prepared statements; in `pg`'s pipeline mode a batch's `BEGIN` goes with
 * its first statement. Every `vacuumEvery` rows it moved, the leader runs `VACUUM` on
 * the outbox table between batches: each row of this queue is inserted and deleted once, and
 * without a vacuum (autovacuum off or behind) every batch would read all the dead ones again;
 * and as the chain grows it runs `ANALYZE` on the entries and payloads (at 1 000, 2 000, 4 000, …
 * rows moved), so that plans made while they were nearly empty are made again.
 *
 * @param options - pool, schema, journal and lease mode
 * @returns the outbox
 * @throws KabinetError `ERR_CONFIG` for a malformed schema name
 * @example
 * ```ts
 * import { createJournalSequencer } from '@kabinet/audit/sequencer';
 * const outbox = createPostgresJournalOutbox({ pool, journal: 'kabinet' });
 * const sequencer = createJournalSequencer({ outbox, store: createPostgresJournalStore({ pool }), keys, clock: systemClock });
 * sequencer.start();
 * ```
 */
export function createPostgresJournalOutbox(options: PostgresJournalOutboxOptions): JournalOutbox {
  const journal = journalName(options.journal);
  const tables = journalTables(options.schema);
  const mode = options.lease ?? 'dedicated';
  if (mode !== 'dedicated' && mode !== 'pooled')
    invalidArgument('lease is dedicated or pooled', { lease: String(mode) });
  const vacuumEvery = options.vacuumEvery ?? DEFAULT_VACUUM_EVERY;
  if (!Number.isSafeInteger(vacuumEvery) || vacuumEvery < 0)
    invalidArgument('vacuumEvery is a whole number of rows, 0 for never', {
      vacuumEvery: String(vacuumEvery),
    });
  const ctx: OutboxContext = {
    pool: options.pool,
    journal,
    lockName: `kabinet-journal-sequencer:${options.schema ?? DEFAULT_SCHEMA}:${journal}`,
    mode,
    vacuumEvery,
    sql: outboxStatements(tables),
  };
  return {
    pending: () => countPending(ctx),
    lead: () => takeLead(ctx),
  };
}
