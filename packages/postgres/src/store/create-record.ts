import { ConflictError } from '@kabinet/core';
import {
  checkStoreRecord,
  checkWriteOptions,
  type StoreRecord,
  type Stored,
  type WriteOptions,
} from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { claimKeys } from './_lib/claim-keys.js';
import type { RecordContext } from './_lib/record-context.js';
import { recordWrite, writeClaimingKeys } from './_lib/record-write.js';

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
  const { collection, statements } = ctx;
  checkStoreRecord(record, collection);
  const keys = checkWriteOptions(writeOptions, collection) ?? [];
  const { now, expiresAt, data, params } = recordWrite(ctx, record, (at) => [at]);
  const inserted =
    keys.length === 0
      ? await run(ctx.pool, `${collection}.create`, statements.INSERT, params)
      : await writeClaimingKeys(ctx, 'create', statements.INSERT, params, (tx) =>
          claimKeys(ctx, tx, record.id, keys, expiresAt, now, 0),
        );
  if (inserted.length === 0) throw new ConflictError(collection, record.id, 0);
  return { ...(JSON.parse(data) as T), version: 1 };
}
