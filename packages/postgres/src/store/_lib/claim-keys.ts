import { ConflictError } from '@kabinet/core';
import { queryNamed } from '../../_lib/named-statement.js';
import type { SqlQueryable } from '../../pool/sql-pool.js';
import type { RecordContext } from './record-context.js';

/**
 * Claims the record's unique keys in the open transaction on `tx`; a key a live record holds
 * makes it a `ConflictError` (and the transaction rolls back).
 */
export async function claimKeys(
  ctx: RecordContext,
  tx: SqlQueryable,
  id: string,
  keys: readonly string[],
  expiresAt: number | null,
  now: number,
  expectedVersion: number,
): Promise<void> {
  if (keys.length === 0) return;
  const taken = await queryNamed(tx, ctx.statements.CLAIM_KEYS, [
    ctx.collection,
    id,
    expiresAt,
    keys,
    now,
  ]);
  if (taken.rows.length !== keys.length)
    throw new ConflictError(ctx.collection, id, expectedVersion);
}
