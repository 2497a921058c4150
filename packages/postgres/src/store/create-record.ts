import { ConflictError } from '@kabinet/core';
import {
  checkStoreRecord,
  checkWriteOptions,
  type StoreRecord,
  type Stored,
  type WriteOptions,
} from '@kabinet/ports';
import { inTransaction, run } from '../_lib/in-transaction.js';
import { queryNamed } from '../_lib/named-statement.js';
import { claimKeys } from './_lib/claim-keys.js';
import type { RecordContext } from './_lib/record-context.js';
import { dataOf } from './_lib/record-rows.js';

/**
 * Inserts a record at version 1 (`VersionedStore.create`). The insert takes the id when it is
 * free or held by an expired record (whose keys it drops); with unique keys, the insert and the
 * keys' claim are one transaction, and a key a live record holds rolls both back.
 *
 * @param ctx - the store's pool, collection, clock and statements
 * @param record - the record (its `version`, if any, is not stored)
 * @param writeOptions - the unique keys the record takes
 * @returns the record at version 1
 * @throws ConflictError when a live record has this id or owns one of the keys
 * @example
 * ```ts
 * const stored = await createRecord(ctx, record, { uniqueKeys: ['phone:+79161234567'] });
 * ```
 */
export async function createRecord<T extends StoreRecord>(
  ctx: RecordContext,
  record: T,
  writeOptions?: WriteOptions,
): Promise<Stored<T>> {
  const { pool, collection, clock, statements } = ctx;
  checkStoreRecord(record, collection);
  const keys = checkWriteOptions(writeOptions, collection) ?? [];
  const now = clock.now();
  const expiresAt = record.expiresAt ?? null;
  const data = dataOf(record);
  const params = [
    collection,
    record.id,
    expiresAt,
    data,
    now,
    record.ownerId ?? null,
    record.dueAt ?? null,
  ];
  const inserted =
    keys.length === 0
      ? await run(pool, `${collection}.create`, statements.INSERT, params)
      : await inTransaction(pool, `${collection}.create`, async (tx) => {
          const rows = (await queryNamed(tx, statements.INSERT, params)).rows;
          if (rows.length > 0) await claimKeys(ctx, tx, record.id, keys, expiresAt, now, 0);
          return rows;
        });
  if (inserted.length === 0) throw new ConflictError(collection, record.id, 0);
  return { ...(JSON.parse(data) as T), version: 1 };
}
