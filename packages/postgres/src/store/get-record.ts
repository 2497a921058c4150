import type { StoreRecord, Stored } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import type { RecordContext } from './_lib/record-context.js';
import { toStored, type RecordRow } from './_lib/record-rows.js';

/**
 * The live record with this id (`VersionedStore.get`): one select that compares the record's
 * expiry with the clock's `now`.
 *
 * @param ctx - the store's pool, collection, clock and statements
 * @param id - the record's id
 * @returns the stored record, or `undefined` when missing or expired
 * @example
 * ```ts
 * const account = await getRecord<AccountRecord>(ctx, accountId);
 * ```
 */
export async function getRecord<T extends StoreRecord>(
  ctx: RecordContext,
  id: string,
): Promise<Stored<T> | undefined> {
  const rows = await run<RecordRow>(
    ctx.pool,
    `${ctx.collection}.get`,
    ctx.statements.SELECT_BY_ID,
    [ctx.collection, id, ctx.clock.now()],
  );
  return rows[0] === undefined ? undefined : toStored<T>(rows[0]);
}
