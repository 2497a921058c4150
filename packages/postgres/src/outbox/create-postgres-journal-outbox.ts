import { ConflictError, KabinetError } from '@kabinet/core';
import {
  isSha256Hex,
  JOURNAL_GENESIS_HASH,
  type JournalBatchSealer,
  type JournalEntry,
  type JournalOutbox,
  type JournalPendingEntry,
  type JournalSequencerLease,
} from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { pipelined, runTransaction } from '../_lib/run-transaction.js';
import {
  ENTRY_COLUMNS,
  entryOf,
  journalName,
  journalTables,
  type EntryRow,
} from '../_lib/journal-rows.js';
import { invalidArgument } from '../_lib/misuse.js';
import { named, queryNamed, type NamedStatement } from '../_lib/named-statement.js';
import { DEFAULT_SCHEMA } from '../_lib/schema-name.js';
import type { SqlConnection, SqlPool, SqlQueryable } from '../pool/sql-pool.js';
import { isUnavailable, storeError } from '../_lib/store-error.js';
import { watchConnection } from '../_lib/watch-connection.js';

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

interface OutboxRow extends Record<string, unknown> {
  id: string;
  ts: string;
  actor_type: string;
  actor_id: string;
  action: string;
  subject_type: string;
  subject_id: string;
  payload_commitment: string | null;
  key_id: string | null;
  iv: string | null;
  ciphertext: string | null;
  erased_at: number | null;
}

const MAX_LIMIT = 10_000;
const DEFAULT_VACUUM_EVERY = 10_000;
/** Rows moved by a lease before its first `ANALYZE` of the chain's tables; the next at twice as many, and so on. */
const FIRST_ANALYZE_AT = 1_000;
/** Leaders of `pooled` leases in this process, by pool and lock name. */
const pooledLeaders = new WeakMap<SqlPool, Set<string>>();

function pendingOf(row: OutboxRow): JournalPendingEntry {
  const base = {
    ts: Number(row.ts),
    actor: { type: row.actor_type, id: row.actor_id },
    action: row.action,
    subject: { type: row.subject_type, id: row.subject_id },
    payloadCommitment: row.payload_commitment,
  };
  if (row.key_id !== null)
    return {
      ...base,
      payload: { state: 'sealed', keyId: row.key_id, iv: row.iv!, ciphertext: row.ciphertext! },
    };
  if (row.erased_at !== null)
    return { ...base, payload: { state: 'erased', erasedAt: row.erased_at } };
  return base;
}

/** Checks that `seal` chained the batch after `head` and kept each entry's fields. */
function checkSealed(
  batch: readonly JournalPendingEntry[],
  sealed: readonly JournalEntry[],
  head: JournalEntry | undefined,
): void {
  const returned: unknown = sealed;
  if (!Array.isArray(returned) || sealed.length !== batch.length)
    invalidArgument('seal must return one entry per pending entry');
  let seq = head === undefined ? 0 : head.seq + 1;
  let prev = head?.hash ?? JOURNAL_GENESIS_HASH;
  let ts = head?.ts ?? 0;
  sealed.forEach((e, i) => {
    const p = batch[i]!;
    if (
      e.v !== 1 ||
      e.seq !== seq ||
      e.prev !== prev ||
      !Number.isSafeInteger(e.ts) ||
      e.ts < ts ||
      !isSha256Hex(e.hash) ||
      e.action !== p.action ||
      e.payloadCommitment !== p.payloadCommitment ||
      e.actor.type !== p.actor.type ||
      e.actor.id !== p.actor.id ||
      e.subject.type !== p.subject.type ||
      e.subject.id !== p.subject.id
    ) {
      invalidArgument('seal must return the pending entries in order, chained after the head', {
        seq: e?.seq ?? -1,
      });
    }
    seq += 1;
    prev = e.hash;
    ts = e.ts;
  });
}

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
  const { pool } = options;
  const journal = journalName(options.journal);
  const t = journalTables(options.schema);
  const lockName = `kabinet-journal-sequencer:${options.schema ?? DEFAULT_SCHEMA}:${journal}`;
  const mode = options.lease ?? 'dedicated';
  if (mode !== 'dedicated' && mode !== 'pooled')
    invalidArgument('lease is dedicated or pooled', { lease: String(mode) });
  const vacuumEvery = options.vacuumEvery ?? DEFAULT_VACUUM_EVERY;
  if (!Number.isSafeInteger(vacuumEvery) || vacuumEvery < 0)
    invalidArgument('vacuumEvery is a whole number of rows, 0 for never', {
      vacuumEvery: String(vacuumEvery),
    });
  const VACUUM = `VACUUM ${t.outbox}`;
  const ANALYZE = `ANALYZE ${t.entries}, ${t.payloads}`;

  const TRY_LOCK = 'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS got';
  const UNLOCK = 'SELECT pg_advisory_unlock(hashtextextended($1, 0))';
  const COUNT = `SELECT count(*)::int AS n FROM ${t.outbox} WHERE journal = $1`;
  // The batch is chosen once, in a materialised CTE: as `id IN (SELECT … LIMIT … FOR UPDATE)`
  // a nested loop may rescan the subquery, whose locking skips rows this statement already
  // deleted, and so take the whole outbox whatever the limit. The rows are deleted by the
  // physical address the lock returned (a TID scan), not by a second scan of the outbox. A row
  // an erasure changed after this statement's snapshot was taken is locked in its new version,
  // which that snapshot does not see: it is not deleted now, and the next batch takes it, erased.
  const TAKE = named(
    'kabinet_outbox',
    `WITH batch AS MATERIALIZED (SELECT ctid AS row FROM ${t.outbox} WHERE journal = $1 ORDER BY id LIMIT $2 FOR UPDATE)
    DELETE FROM ${t.outbox} o USING batch WHERE o.ctid = batch.row
    RETURNING o.id, o.ts, o.actor_type, o.actor_id, o.action, o.subject_type, o.subject_id, o.payload_commitment, o.key_id, o.iv, o.ciphertext, o.erased_at`,
  );
  const HEAD = named(
    'kabinet_outbox',
    `SELECT ${ENTRY_COLUMNS} FROM ${t.entries} WHERE journal = $1 ORDER BY seq DESC LIMIT 1`,
  );
  // $2…$11 the entries' columns as arrays; $12/$13/$14 the first entry's seq, prev and ts;
  // $15…$21 the payloads' columns as arrays.
  const WRITE = named(
    'kabinet_outbox',
    `WITH ins AS (
      INSERT INTO ${t.entries} (journal, ${ENTRY_COLUMNS})
      SELECT $1, r.seq, 1, r.ts, r.actor_type, r.actor_id, r.action, r.subject_type, r.subject_id, r.payload_commitment, r.prev, r.hash
      FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
        AS r(seq, ts, actor_type, actor_id, action, subject_type, subject_id, payload_commitment, prev, hash)
      WHERE $12::bigint = 0 OR EXISTS (SELECT 1 FROM ${t.entries} WHERE journal = $1 AND seq = $12::bigint - 1 AND hash = $13 AND ts <= $14::bigint)
      ON CONFLICT (journal, seq) DO NOTHING RETURNING seq),
    pay AS (
      INSERT INTO ${t.payloads} (journal, seq, subject_type, subject_id, key_id, iv, ciphertext, erased_at)
      SELECT $1, p.seq, p.subject_type, p.subject_id, p.key_id, p.iv, p.ciphertext, p.erased_at
      FROM unnest($15::bigint[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::double precision[])
        AS p(seq, subject_type, subject_id, key_id, iv, ciphertext, erased_at)
      WHERE p.seq IN (SELECT seq FROM ins))
    SELECT count(*)::int AS inserted FROM ins`,
  );

  /** Runs a statement of a batch, mapping driver errors (and only those) to `KabinetError`. */
  async function sql<R extends Record<string, unknown>>(
    tx: SqlQueryable,
    statement: string | NamedStatement,
    values?: readonly unknown[],
  ): Promise<R[]> {
    try {
      return (
        typeof statement === 'string'
          ? await tx.query<R>(statement, values)
          : await queryNamed<R>(tx, statement, values ?? [])
      ).rows;
    } catch (error) {
      throw storeError(error, 'journal.sequence');
    }
  }

  /** One batch in the open transaction on `tx`; `head` is the lease's cached head, if any. */
  async function moveBatch(
    tx: SqlQueryable,
    limit: number,
    seal: JournalBatchSealer,
    cachedHead: JournalEntry | undefined,
    headKnown: boolean,
  ): Promise<readonly JournalEntry[]> {
    let rows = await sql<OutboxRow>(tx, TAKE, [journal, limit]);
    // Every row taken may have been changed by an erasure meanwhile (see TAKE): a new statement
    // sees them, so an empty batch means an empty outbox, as `drain` expects.
    if (rows.length === 0) rows = await sql<OutboxRow>(tx, TAKE, [journal, limit]);
    if (rows.length === 0) return [];
    rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    const batch = rows.map(pendingOf);
    const head = headKnown
      ? cachedHead
      : (await sql<EntryRow>(tx, HEAD, [journal])).map(entryOf)[0];
    const sealed = seal(batch, head);
    checkSealed(batch, sealed, head);
    const first = sealed[0]!;
    const payloads = sealed.flatMap((e, i) => {
      const p = batch[i]!.payload;
      return p === undefined ? [] : [{ e, p }];
    });
    const col = <V>(f: (e: JournalEntry) => V): V[] => sealed.map(f);
    const written = await sql<{ inserted: number }>(tx, WRITE, [
      journal,
      col((e) => e.seq),
      col((e) => e.ts),
      col((e) => e.actor.type),
      col((e) => e.actor.id),
      col((e) => e.action),
      col((e) => e.subject.type),
      col((e) => e.subject.id),
      col((e) => e.payloadCommitment),
      col((e) => e.prev),
      col((e) => e.hash),
      first.seq,
      first.prev,
      first.ts,
      payloads.map(({ e }) => e.seq),
      payloads.map(({ e }) => e.subject.type),
      payloads.map(({ e }) => e.subject.id),
      payloads.map(({ p }) => (p.state === 'sealed' ? p.keyId : null)),
      payloads.map(({ p }) => (p.state === 'sealed' ? p.iv : null)),
      payloads.map(({ p }) => (p.state === 'sealed' ? p.ciphertext : null)),
      payloads.map(({ p }) => (p.state === 'erased' ? p.erasedAt : null)),
    ]);
    if (written[0]?.inserted !== sealed.length)
      throw new ConflictError(
        'journal-entry',
        String(first.seq),
        head === undefined ? 0 : head.seq + 1,
      );
    return sealed;
  }

  function checkLimit(limit: number): void {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
      invalidArgument(`limit must be an integer in 1…${MAX_LIMIT}`, { limit: String(limit) });
  }

  /**
   * The upkeep between a lease's batches (see `vacuumEvery`): told how many rows each batch
   * moved, it runs `VACUUM` of the outbox and `ANALYZE` of the chain's tables when they are due.
   */
  function upkeep(send: (statement: string) => Promise<void>): (moved: number) => Promise<void> {
    let sinceVacuum = 0;
    let total = 0;
    let analyzeAt = FIRST_ANALYZE_AT;
    return async (moved) => {
      if (vacuumEvery === 0 || moved === 0) return;
      sinceVacuum += moved;
      total += moved;
      const due = [
        ...(sinceVacuum >= vacuumEvery ? [VACUUM] : []),
        ...(total >= analyzeAt ? [ANALYZE] : []),
      ];
      if (sinceVacuum >= vacuumEvery) sinceVacuum = 0;
      while (total >= analyzeAt) analyzeAt *= 2;
      for (const statement of due) await send(statement);
    };
  }

  /** A lease on a connection of its own, holding the session advisory lock. */
  function dedicatedLease(connection: SqlConnection): JournalSequencerLease {
    let lost: unknown;
    let released = false;
    let head: JournalEntry | undefined;
    let headKnown = false;
    const fast = pipelined(connection);
    // A connection that breaks while the lease holds it must not crash the process: the lease is lost.
    const watch = watchConnection(connection);
    const broken = (): unknown => lost ?? watch.failure();
    const maintain = upkeep(async (statement) => {
      try {
        await connection.query(statement);
      } catch (error) {
        // Upkeep is not the batch's business; a broken connection is the lease's.
        if (isUnavailable(error)) lost ??= error;
      }
    });
    return {
      async sequence(limit, seal) {
        checkLimit(limit);
        if (released)
          throw new KabinetError('ERR_INVALID_STATE', 'this sequencer lease was released');
        if (broken() !== undefined) throw storeError(broken(), 'journal.sequence');
        try {
          // In pipeline mode BEGIN is not waited for: it goes with the batch's first statement
          // (only a broken connection fails a BEGIN, and that fails the statements after it).
          // Its failure is kept as a value until the batch is done, so a killed connection never
          // leaves a rejected promise without a handler while the batch's statements run.
          const begun = (fast ? connection.query('BEGIN') : sql(connection, 'BEGIN')).then(
            () => undefined,
            (error: unknown) => error ?? new Error('BEGIN failed'),
          );
          let entries: readonly JournalEntry[];
          try {
            entries = await moveBatch(connection, limit, seal, head, headKnown);
          } finally {
            const failed = await begun;
            if (failed !== undefined) throw storeError(failed, 'journal.sequence');
          }
          await sql(connection, 'COMMIT');
          if (entries.length > 0) {
            head = entries[entries.length - 1];
            headKnown = true;
          }
          await maintain(entries.length);
          return entries;
        } catch (error) {
          headKnown = false;
          try {
            await connection.query('ROLLBACK');
          } catch (rollbackError) {
            lost ??= rollbackError;
          }
          // Driver errors are already KabinetErrors; a throwing `seal` is rethrown as it is.
          throw error;
        }
      },
      async release() {
        if (released) return;
        released = true;
        try {
          if (broken() === undefined) await connection.query(UNLOCK, [lockName]);
        } catch (error) {
          lost ??= error;
        } finally {
          watch.stop();
          lost = broken();
          // A broken connection is destroyed, not returned to the pool.
          connection.release(
            lost === undefined
              ? undefined
              : lost instanceof Error
                ? lost
                : new Error('the connection broke', { cause: lost }),
          );
        }
      },
    };
  }

  /** A lease kept in this process; each batch takes a connection of the pool. */
  function pooledLease(held: Set<string>): JournalSequencerLease {
    let released = false;
    const maintain = upkeep(async (statement) => {
      try {
        await pool.query(statement);
      } catch {
        // Upkeep is best effort; the next batch tells whether the database is there.
      }
    });
    return {
      async sequence(limit, seal) {
        checkLimit(limit);
        if (released)
          throw new KabinetError('ERR_INVALID_STATE', 'this sequencer lease was released');
        const entries = await runTransaction(pool, 'journal.sequence', (tx) =>
          moveBatch(tx, limit, seal, undefined, false),
        );
        await maintain(entries.length);
        return entries;
      },
      async release() {
        if (released) return;
        released = true;
        held.delete(lockName);
      },
    };
  }

  return {
    async pending() {
      const rows = await run<{ n: number }>(pool, 'journal.outbox.pending', COUNT, [journal]);
      return rows[0]!.n;
    },

    async lead() {
      if (mode === 'pooled') {
        let held = pooledLeaders.get(pool);
        if (held === undefined) {
          held = new Set();
          pooledLeaders.set(pool, held);
        }
        if (held.has(lockName)) return undefined;
        held.add(lockName);
        return pooledLease(held);
      }
      let connection: SqlConnection;
      try {
        connection = await pool.connect();
      } catch (error) {
        throw storeError(error, 'journal.lead');
      }
      // Watched until the lease watches it: a connection that breaks during TRY_LOCK emits too.
      const watch = watchConnection(connection);
      let got = false;
      try {
        got =
          (await connection.query<{ got: boolean }>(TRY_LOCK, [lockName])).rows[0]?.got === true;
      } catch (error) {
        watch.stop();
        connection.release(error instanceof Error ? error : new Error(String(error)));
        throw storeError(error, 'journal.lead');
      }
      watch.stop();
      if (!got || watch.failure() !== undefined) {
        connection.release(watch.failure());
        return undefined;
      }
      return dedicatedLease(connection);
    },
  };
}
