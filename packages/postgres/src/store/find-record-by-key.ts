import type { StoreRecord, Stored } from '@kabinet/ports';
import type { RecordContext } from './_lib/record-context.js';
import { readRecord } from './_lib/read-record.js';

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
export function findRecordByKey<T extends StoreRecord>(
  ctx: RecordContext,
  key: string,
): Promise<Stored<T> | undefined> {
  return readRecord<T>(ctx, 'findByKey', ctx.statements.SELECT_BY_KEY, key);
}
