import { KabinetError, type Clock } from '@kabinet/core';
import {
  checkCounterKey,
  checkIncrementOptions,
  checkRaiseToArguments,
  type CounterState,
  type CounterStore,
  type IncrementOptions,
} from '@kabinet/ports';
import { named as namedStatement, type NamedStatement } from '../_lib/named-statement.js';
import { storeError } from '../_lib/store-error.js';
import { quotedSchema } from '../_lib/schema-name.js';
import type { SqlQueryable } from '../pool/sql-pool.js';

/** Options of {@link createPostgresCounterStore}. */
export interface PostgresCounterStoreOptions {
  /**
   * A `pg.Pool` against a server, or PGlite's node-postgres bridge. Statements are sent as
   * named prepared statements (`{ name, text, values }`), parsed and planned once per
   * connection; behind PgBouncer in transaction mode that needs `max_prepared_statements`
   * (PgBouncer 1.21 or later).
   */
  readonly pool: SqlQueryable;
  /** The clock whose `now` decides expiry (passed to every statement as a parameter). */
  readonly clock: Clock;
  /** The schema of Kabinet's tables (default `kabinet`). */
  readonly schema?: string;
}

interface CounterRow extends Record<string, unknown> {
  value: number;
  expires_at: number;
}

interface KeyedCounterRow extends CounterRow {
  key: string;
}

/** An increment waiting for a statement (see {@link createPostgresCounterStore}). */
interface PendingIncrement {
  readonly key: string;
  readonly by: number;
  readonly now: number;
  readonly ttlMs: number;
  readonly sliding: boolean;
  readonly resolve: (state: CounterState) => void;
  readonly reject: (error: unknown) => void;
}

/** At most this many increments share one statement. */
const MAX_BATCH = 64;

/** What `pg.Pool`, `pg.Client` and PGlite's bridge accept besides `(text, values)`. */
interface NamedQueryable {
  query<R extends Record<string, unknown>>(config: {
    name: string;
    text: string;
    values: readonly unknown[];
  }): Promise<{ rows: R[] }>;
}

/** The counter store's statements are named `kabinet_counter_<sha256 prefix of the text>`. */
const named = (text: string): NamedStatement => namedStatement('kabinet_counter', text);

/** How many statements of this store may run at once: the pool's size (`pg.Pool`'s `options.max`), else 10. */
function statementSlots(pool: SqlQueryable): number {
  const max = (pool as { options?: { max?: unknown } }).options?.max;
  return typeof max === 'number' && Number.isInteger(max) && max >= 1 ? max : 10;
}

/**
 * A {@link CounterStore} over PostgreSQL (S-9): every operation is one statement, so N
 * parallel increments from any number of instances count exactly N. An increment is
 * `INSERT … ON CONFLICT (key) DO UPDATE … RETURNING` that restarts an expired counter in the
 * same statement; `raiseTo` raises in one upsert too. Expiry compares with the injected
 * clock's `now`, passed as a parameter: instances share the database, so keep their clocks
 * synchronised (NTP); a skew of `d` ms moves a window's edges by at most `d`.
 *
 * Under load, increments share statements: while as many of the store's statements run as the
 * pool has connections, further increments wait, and the next free statement takes all of
 * them (one per key, up to 64, in call order; a second increment of a key waits for the
 * next) as one multi-row upsert — each row with its own `by`, `now`, ttl and window, so every
 * caller gets exactly the state a statement of its own would have given, and one commit
 * serves them all. A batch the database refuses for a reason other than unavailability (a
 * value overflowing, say) rolled back whole, and its increments are retried one by one, so
 * one caller's fault is never another's.
 *
 * @param options - pool, clock and schema
 * @returns the store
 * @throws KabinetError `ERR_CONFIG` for a malformed schema name
 * @example
 * ```ts
 * const counters = createPostgresCounterStore({ pool, clock: systemClock });
 * const { value } = await counters.increment('pwd:acc_1', { ttlMs: 15 * 60_000 });
 * ```
 */
export function createPostgresCounterStore(options: PostgresCounterStoreOptions): CounterStore {
  const { pool, clock } = options;
  const table = `${quotedSchema(options.schema)}.kabinet_counters`;
  // $1 key, $2 by, $3 now, $4 ttl, $5 sliding
  const INCREMENT =
    named(`INSERT INTO ${table} AS c (key, value, expires_at) VALUES ($1, $2, $3::double precision + $4::double precision)
    ON CONFLICT (key) DO UPDATE SET
      value = CASE WHEN c.expires_at <= $3 THEN excluded.value ELSE c.value + excluded.value END,
      expires_at = CASE WHEN c.expires_at <= $3 OR $5 THEN excluded.expires_at ELSE c.expires_at END
    RETURNING value, expires_at`);
  // $1 key, $2 value, $3 now, $4 ttl: raised only when absent, expired or lower.
  const RAISE =
    named(`INSERT INTO ${table} AS c (key, value, expires_at) VALUES ($1, $2, $3::double precision + $4::double precision)
    ON CONFLICT (key) DO UPDATE SET
      value = CASE WHEN c.expires_at <= $3 OR c.value < excluded.value THEN excluded.value ELSE c.value END,
      expires_at = CASE WHEN c.expires_at <= $3 OR c.value < excluded.value THEN excluded.expires_at ELSE c.expires_at END
    RETURNING value, expires_at`);
  // The same upsert for several distinct keys, each row with its own now, ttl and window.
  // $1 keys, $2 bys, $3 nows, $4 ttls, $5 sliding flags
  const INCREMENT_MANY = named(`WITH input AS (
      SELECT i.key COLLATE "C" AS key, i.by, i.now, i.ttl, i.sliding
      FROM unnest($1::text[], $2::double precision[], $3::double precision[], $4::double precision[], $5::boolean[]) AS i(key, by, now, ttl, sliding))
    INSERT INTO ${table} AS c (key, value, expires_at) SELECT key, by, now + ttl FROM input
    ON CONFLICT (key) DO UPDATE SET
      value = CASE WHEN c.expires_at <= (SELECT i.now FROM input i WHERE i.key = excluded.key) THEN excluded.value ELSE c.value + excluded.value END,
      expires_at = CASE WHEN c.expires_at <= (SELECT i.now FROM input i WHERE i.key = excluded.key) OR (SELECT i.sliding FROM input i WHERE i.key = excluded.key)
        THEN excluded.expires_at ELSE c.expires_at END
    RETURNING key, value, expires_at`);
  const GET = named(`SELECT value, expires_at FROM ${table} WHERE key = $1 AND expires_at > $2`);
  const RESET = named(`DELETE FROM ${table} WHERE key = $1`);
  const db = pool as unknown as NamedQueryable;

  /** Runs one named statement, mapping driver errors to `KabinetError` (see `storeError`). */
  async function run<R extends Record<string, unknown>>(
    operation: string,
    statement: NamedStatement,
    values: readonly unknown[],
  ): Promise<R[]> {
    try {
      return (await db.query<R>({ name: statement.name, text: statement.text, values })).rows;
    } catch (error) {
      throw storeError(error, operation);
    }
  }

  const toState = (row: CounterRow): CounterState => ({
    value: row.value,
    expiresAt: row.expires_at,
  });

  const slots = statementSlots(pool);
  let running = 0;
  let waiting: PendingIncrement[] = [];

  /** Sends waiting increments while the store has fewer statements running than the pool has connections. */
  function pump(): void {
    while (running < slots && waiting.length > 0) {
      const batch: PendingIncrement[] = [];
      const later: PendingIncrement[] = [];
      const keys = new Set<string>();
      for (const pending of waiting) {
        if (batch.length < MAX_BATCH && !keys.has(pending.key)) {
          keys.add(pending.key);
          batch.push(pending);
        } else later.push(pending);
      }
      waiting = later;
      running += 1;
      void send(batch).finally(() => {
        running -= 1;
        pump();
      });
    }
  }

  async function sendOne(pending: PendingIncrement): Promise<void> {
    try {
      const rows = await run<CounterRow>('counters.increment', INCREMENT, [
        pending.key,
        pending.by,
        pending.now,
        pending.ttlMs,
        pending.sliding,
      ]);
      pending.resolve(toState(rows[0]!));
    } catch (error) {
      pending.reject(error);
    }
  }

  async function send(batch: readonly PendingIncrement[]): Promise<void> {
    if (batch.length === 1) return sendOne(batch[0]!);
    let rows: KeyedCounterRow[];
    try {
      rows = (
        await db.query<KeyedCounterRow>({
          name: INCREMENT_MANY.name,
          text: INCREMENT_MANY.text,
          values: [
            batch.map((p) => p.key),
            batch.map((p) => p.by),
            batch.map((p) => p.now),
            batch.map((p) => p.ttlMs),
            batch.map((p) => p.sliding),
          ],
        })
      ).rows;
    } catch (error) {
      if (storeError(error, 'counters.increment').code === 'ERR_UNAVAILABLE') {
        for (const pending of batch) pending.reject(storeError(error, 'counters.increment'));
        return;
      }
      // Nothing of the batch was applied: each increment alone gets its own answer.
      for (const pending of batch) await sendOne(pending);
      return;
    }
    const byKey = new Map<string, KeyedCounterRow>();
    for (const row of rows) byKey.set(row.key, row);
    for (const pending of batch) {
      const row = byKey.get(pending.key);
      if (row === undefined)
        pending.reject(
          new KabinetError('ERR_STORE', 'PostgreSQL returned no row for an increment', {
            details: { operation: 'counters.increment' },
          }),
        );
      else pending.resolve(toState(row));
    }
  }

  return {
    async increment(key, increment: IncrementOptions) {
      checkCounterKey(key);
      const { by, ttlMs, window } = checkIncrementOptions(increment);
      const now = clock.now();
      return new Promise<CounterState>((resolve, reject) => {
        waiting.push({ key, by, now, ttlMs, sliding: window === 'sliding', resolve, reject });
        pump();
      });
    },

    async raiseTo(key, value, ttlMs) {
      checkCounterKey(key);
      checkRaiseToArguments(value, ttlMs);
      const rows = await run<CounterRow>('counters.raiseTo', RAISE, [
        key,
        value,
        clock.now(),
        ttlMs,
      ]);
      return toState(rows[0]!);
    },

    async get(key) {
      checkCounterKey(key);
      const rows = await run<CounterRow>('counters.get', GET, [key, clock.now()]);
      return rows[0] === undefined ? undefined : toState(rows[0]);
    },

    async reset(key) {
      checkCounterKey(key);
      await run('counters.reset', RESET, [key]);
    },
  };
}
