import type { Clock } from '@kabinet/core';
import type { CounterState, CounterStore, IncrementOptions } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { invalidArgument } from '../_lib/misuse.js';
import { quotedSchema } from '../_lib/schema-name.js';
import type { SqlQueryable } from '../_lib/sql-pool.js';

/** Options of {@link createPostgresCounterStore}. */
export interface PostgresCounterStoreOptions {
  /** A `pg.Pool` against a server, or PGlite's node-postgres bridge. */
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

/**
 * A {@link CounterStore} over PostgreSQL (S-9): every operation is one statement, so N
 * parallel increments from any number of instances count exactly N. An increment is
 * `INSERT … ON CONFLICT (key) DO UPDATE … RETURNING` that restarts an expired counter in the
 * same statement; `raiseTo` raises in one upsert too. Expiry compares with the injected
 * clock's `now`, passed as a parameter: instances share the database, so keep their clocks
 * synchronised (NTP); a skew of `d` ms moves a window's edges by at most `d`.
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
  const INCREMENT = `INSERT INTO ${table} AS c (key, value, expires_at) VALUES ($1, $2, $3::double precision + $4::double precision)
    ON CONFLICT (key) DO UPDATE SET
      value = CASE WHEN c.expires_at <= $3 THEN excluded.value ELSE c.value + excluded.value END,
      expires_at = CASE WHEN c.expires_at <= $3 OR $5 THEN excluded.expires_at ELSE c.expires_at END
    RETURNING value, expires_at`;
  // $1 key, $2 value, $3 now, $4 ttl: raised only when absent, expired or lower.
  const RAISE = `INSERT INTO ${table} AS c (key, value, expires_at) VALUES ($1, $2, $3::double precision + $4::double precision)
    ON CONFLICT (key) DO UPDATE SET
      value = CASE WHEN c.expires_at <= $3 OR c.value < excluded.value THEN excluded.value ELSE c.value END,
      expires_at = CASE WHEN c.expires_at <= $3 OR c.value < excluded.value THEN excluded.expires_at ELSE c.expires_at END
    RETURNING value, expires_at`;
  const GET = `SELECT value, expires_at FROM ${table} WHERE key = $1 AND expires_at > $2`;
  const RESET = `DELETE FROM ${table} WHERE key = $1`;

  const toState = (row: CounterRow): CounterState => ({ value: row.value, expiresAt: row.expires_at });

  function checkKey(key: string): void {
    if (typeof key !== 'string') invalidArgument('a counter key is a string');
  }

  function checkTtl(ttlMs: number): void {
    if (typeof ttlMs !== 'number' || !Number.isFinite(ttlMs) || ttlMs <= 0) invalidArgument('ttlMs must be a positive finite number of ms', { ttlMs: String(ttlMs) });
  }

  return {
    async increment(key, increment: IncrementOptions) {
      checkKey(key);
      const by = increment.by ?? 1;
      const window = increment.window ?? 'fixed';
      checkTtl(increment.ttlMs);
      if (typeof by !== 'number' || !Number.isFinite(by)) invalidArgument('by must be a finite number', { by: String(by) });
      if (window !== 'fixed' && window !== 'sliding') invalidArgument('window is fixed or sliding', { window: String(window) });
      const rows = await run<CounterRow>(pool, 'counters.increment', INCREMENT, [key, by, clock.now(), increment.ttlMs, window === 'sliding']);
      return toState(rows[0]!);
    },

    async raiseTo(key, value, ttlMs) {
      checkKey(key);
      checkTtl(ttlMs);
      if (typeof value !== 'number' || !Number.isFinite(value)) invalidArgument('value must be a finite number', { value: String(value) });
      const rows = await run<CounterRow>(pool, 'counters.raiseTo', RAISE, [key, value, clock.now(), ttlMs]);
      return toState(rows[0]!);
    },

    async get(key) {
      const rows = await run<CounterRow>(pool, 'counters.get', GET, [key, clock.now()]);
      return rows[0] === undefined ? undefined : toState(rows[0]);
    },

    async reset(key) {
      await run(pool, 'counters.reset', RESET, [key]);
    },
  };
}
