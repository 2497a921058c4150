import type { StoreRecord } from '@kabinet/ports';
import { inTransaction } from '../../_lib/in-transaction.js';
import { queryNamed, type NamedStatement } from '../../_lib/named-statement.js';
import type { SqlQueryable } from '../../pool/sql-pool.js';
import type { RecordContext } from './record-context.js';
import { dataOf } from './record-rows.js';

/** What a create or an update of a record writes. */
export interface RecordWrite {
  /** The clock's `now`, read once. */
  readonly now: number;
  readonly expiresAt: number | null;
  /** The record's fields as JSON (without its version). */
  readonly data: string;
  /** `$1` collection, `$2` id, `$3` expiry, `$4` data, then the middle ones, then owner and due time. */
  readonly params: readonly unknown[];
}

/** The write of `record`; `middle` gives the statement's parameters after `$4`, from `now`. */
export function recordWrite(
  ctx: RecordContext,
  record: StoreRecord,
  middle: (now: number) => readonly unknown[],
): RecordWrite {
  const now = ctx.clock.now();
  const expiresAt = record.expiresAt ?? null;
  const data = dataOf(record);
  return {
    now,
    expiresAt,
    data,
    params: [
      ctx.collection,
      record.id,
      expiresAt,
      data,
      ...middle(now),
      record.ownerId ?? null,
      record.dueAt ?? null,
    ],
  };
}

/**
 * Runs `statement` and, when it wrote a row, `claim` (the record's unique keys) in one
 * transaction: a key a live record holds rolls both back.
 */
export function writeClaimingKeys(
  ctx: RecordContext,
  operation: string,
  statement: NamedStatement,
  params: readonly unknown[],
  claim: (tx: SqlQueryable) => Promise<void>,
): Promise<unknown[]> {
  return inTransaction(ctx.pool, `${ctx.collection}.${operation}`, async (tx) => {
    const rows = (await queryNamed(tx, statement, params)).rows;
    if (rows.length > 0) await claim(tx);
    return rows;
  });
}
