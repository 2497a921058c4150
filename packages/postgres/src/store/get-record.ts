import type { StoreRecord, Stored } from '@kabinet/ports';
import type { RecordContext } from './_lib/record-context.js';
import { readRecord } from './_lib/read-record.js';

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
export function getRecord<T extends StoreRecord>(
  ctx: RecordContext,
  id: string,
): Promise<Stored<T> | undefined> {
  return readRecord<T>(ctx, 'get', ctx.statements.SELECT_BY_ID, id);
}
