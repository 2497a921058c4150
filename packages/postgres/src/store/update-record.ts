import { ConflictError } from '@kabinet/core';
import {
  checkExpectedVersion,
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
 * Replaces a live record whose stored version is still `expectedVersion`
 * (`VersionedStore.update`): one `UPDATE … WHERE version = $expected`. Without a key list the
 * record keeps its keys (their expiry follows the record's); with one, the update, the release
 * of the keys not in the list and the claim of the others are one transaction.
 *
 * @param ctx - the store's pool, collection, clock and statements
 * @param record - the record's next state
 * @param expectedVersion - the version the caller read
 * @param writeOptions - the unique keys the record holds from now on
 * @returns the record at `expectedVersion + 1`
 * @throws ConflictError on a stale version, a missing or expired record, or a taken key
 * @example
 * ```ts
 * const next = await updateRecord(ctx, { ...stored, level: 'standard' }, stored.version);
 * ```
 */
export async function updateRecord<T extends StoreRecord>(
  ctx: RecordContext,
  record: T,
  expectedVersion: number,
  writeOptions?: WriteOptions,
): Promise<Stored<T>> {
  const { pool, collection, clock, statements } = ctx;
  checkStoreRecord(record, collection);
  checkExpectedVersion(expectedVersion, collection);
  const keys = checkWriteOptions(writeOptions, collection);
  const now = clock.now();
  const expiresAt = record.expiresAt ?? null;
  const data = dataOf(record);
  const params = [
    collection,
    record.id,
    expiresAt,
    data,
    expectedVersion,
    now,
    record.ownerId ?? null,
    record.dueAt ?? null,
  ];
  const updated =
    keys === undefined
      ? await run(pool, `${collection}.update`, statements.UPDATE_KEEPING_KEYS, params)
      : await inTransaction(pool, `${collection}.update`, async (tx) => {
          const rows = (await queryNamed(tx, statements.UPDATE, params)).rows;
          if (rows.length === 0) return rows;
          await queryNamed(tx, statements.RELEASE_OTHER_KEYS, [collection, record.id, keys]);
          await claimKeys(ctx, tx, record.id, keys, expiresAt, now, expectedVersion);
          return rows;
        });
  if (updated.length === 0) throw new ConflictError(collection, record.id, expectedVersion);
  return { ...(JSON.parse(data) as T), version: expectedVersion + 1 };
}
