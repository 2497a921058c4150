import type { StoreRecord, Stored } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import type { RecordContext } from './_lib/record-context.js';
import { toStored, type RecordRow } from './_lib/record-rows.js';

/**
 * The live record owning a unique key (`VersionedStore.findByKey`): the key and its record
 * must both be live at the clock's `now`.
 *
 * @param ctx - the store's pool, collection, clock and statements
 * @param key - the unique key
 * @returns the stored record, or `undefined`
 * @example
 * ```ts
 * const owner = await findRecordByKey<AccountRecord>(ctx, 'phone:+79161234567');
 * ```
 */
export async function findRecordByKey<T extends StoreRecord>(
  ctx: RecordContext,
  key: string,
): Promise<Stored<T> | undefined> {
  const rows = await run<RecordRow>(
    ctx.pool,
    `${ctx.collection}.findByKey`,
    ctx.statements.SELECT_BY_KEY,
    [ctx.collection, key, ctx.clock.now()],
  );
  return rows[0] === undefined ? undefined : toStored<T>(rows[0]);
}
