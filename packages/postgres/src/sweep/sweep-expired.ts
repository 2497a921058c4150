import { run } from '../_lib/in-transaction.js';
import { invalidArgument } from '../_lib/misuse.js';
import { quotedSchema } from '../_lib/schema-name.js';
import type { SqlQueryable } from '../pool/sql-pool.js';

/** Options of {@link sweepExpired}. */
export interface SweepOptions {
  /** The schema of Kabinet's tables (default `kabinet`). */
  readonly schema?: string;
  /** Rows deleted per statement (default 1,000): short statements, short locks. */
  readonly batchSize?: number;
  /** Stop after this many batches per table (default: until none is left). */
  readonly maxBatches?: number;
}

/** Rows deleted by one sweep, per table. */
export interface SweepReport {
  /** Expired records (their unique keys go with them). */
  readonly records: number;
  /** Expired counters. */
  readonly counters: number;
  /** Expired payment idempotency keys. */
  readonly idempotencyKeys: number;
  /** Expired entries of the payment callback inbox. */
  readonly callbacks: number;
  /** Lapsed slot holds (a later hold would take them over anyway; past slots would keep them). */
  readonly slotHolds: number;
}

/** Each swept table and the condition (on the `now` in `$1`) under which a row is dead. */
const TABLES = {
  records: ['kabinet_records', 'expires_at <= $1'],
  counters: ['kabinet_counters', 'expires_at <= $1'],
  idempotencyKeys: ['kabinet_idempotency_keys', 'expires_at <= $1'],
  callbacks: ['kabinet_processed_callbacks', 'expires_at <= $1'],
  slotHolds: ['kabinet_slot_seats', "state = 'held' AND hold_until <= $1"],
} as const;

/**
 * Deletes rows that expired at or before `now`, in batches of `batchSize` (`ctid` picked by
 * a bounded sub-select, so each statement is short and never locks the table). Reads already
 * treat expired rows as absent; the sweep only frees space. Run it from a timer or from cron
 * on one instance or on several: concurrent sweeps delete each row once.
 *
 * @param db - a pool or client
 * @param now - epoch ms (the injected clock's `now`)
 * @param options - schema, batch size and cap
 * @returns rows deleted per table
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a batch size or cap that is not a positive integer; `ERR_UNAVAILABLE` when the database is unreachable
 * @example
 * ```ts
 * setInterval(() => void sweepExpired(pool, Date.now()), 5 * 60_000).unref();
 * ```
 */
export async function sweepExpired(
  db: SqlQueryable,
  now: number,
  options: SweepOptions = {},
): Promise<SweepReport> {
  const schema = quotedSchema(options.schema);
  const batchSize = options.batchSize ?? 1_000;
  const maxBatches = options.maxBatches ?? Number.POSITIVE_INFINITY;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    invalidArgument('batchSize must be a positive integer', { batchSize: String(batchSize) });
  if (maxBatches !== Number.POSITIVE_INFINITY && (!Number.isInteger(maxBatches) || maxBatches < 1))
    invalidArgument('maxBatches must be a positive integer', { maxBatches: String(maxBatches) });
  const report = { records: 0, counters: 0, idempotencyKeys: 0, callbacks: 0, slotHolds: 0 };
  for (const [field, [table, dead]] of Object.entries(TABLES) as [
    keyof SweepReport,
    readonly [string, string],
  ][]) {
    const sql = `DELETE FROM ${schema}.${table} WHERE ctid = ANY(ARRAY(SELECT ctid FROM ${schema}.${table} WHERE ${dead} LIMIT $2)) RETURNING 1`;
    for (let batch = 0; batch < maxBatches; batch++) {
      const deleted = (await run(db, `sweep.${table}`, sql, [now, batchSize])).length;
      report[field] += deleted;
      if (deleted < batchSize) break;
    }
  }
  return report;
}
