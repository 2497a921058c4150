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
}

/** Tables whose rows carry `expires_at` and are dead from then on. */
const TABLES = { records: 'kabinet_records', counters: 'kabinet_counters', idempotencyKeys: 'kabinet_idempotency_keys', callbacks: 'kabinet_processed_callbacks' } as const;

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
export async function sweepExpired(db: SqlQueryable, now: number, options: SweepOptions = {}): Promise<SweepReport> {
  const schema = quotedSchema(options.schema);
  const batchSize = options.batchSize ?? 1_000;
  const maxBatches = options.maxBatches ?? Number.POSITIVE_INFINITY;
  if (!Number.isInteger(batchSize) || batchSize < 1) invalidArgument('batchSize must be a positive integer', { batchSize: String(batchSize) });
  if (maxBatches !== Number.POSITIVE_INFINITY && (!Number.isInteger(maxBatches) || maxBatches < 1)) invalidArgument('maxBatches must be a positive integer', { maxBatches: String(maxBatches) });
  const report = { records: 0, counters: 0, idempotencyKeys: 0, callbacks: 0 };
  for (const [field, table] of Object.entries(TABLES) as [keyof SweepReport, string][]) {
    const sql = `DELETE FROM ${schema}.${table} WHERE ctid = ANY(ARRAY(SELECT ctid FROM ${schema}.${table} WHERE expires_at <= $1 LIMIT $2)) RETURNING 1`;
    for (let batch = 0; batch < maxBatches; batch++) {
      const deleted = (await run(db, `sweep.${table}`, sql, [now, batchSize])).length;
      report[field] += deleted;
      if (deleted < batchSize) break;
    }
  }
  return report;
}
