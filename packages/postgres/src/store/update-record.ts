import { ConflictError } from '@kabinet/core';
import {
  checkExpectedVersion,
  checkStoreRecord,
  checkWriteOptions,
  type StoreRecord,
  type Stored,
  type WriteOptions,
} from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { queryNamed } from '../_lib/named-statement.js';
import { claimKeys } from './_lib/claim-keys.js';
import type { RecordContext } from './_lib/record-context.js';
import { recordWrite, writeClaimingKeys } from './_lib/record-write.js';

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
  const { collection, statements } = ctx;
  checkStoreRecord(record, collection);
  checkExpectedVersion(expectedVersion, collection);
  const keys = checkWriteOptions(writeOptions, collection);
  const { now, expiresAt, data, params } = recordWrite(ctx, record, (at) => [expectedVersion, at]);
  const updated =
    keys === undefined
      ? await run(ctx.pool, `${collection}.update`, statements.UPDATE_KEEPING_KEYS, params)
      : await writeClaimingKeys(ctx, 'update', statements.UPDATE, params, async (tx) => {
          await queryNamed(tx, statements.RELEASE_OTHER_KEYS, [collection, record.id, keys]);
          await claimKeys(ctx, tx, record.id, keys, expiresAt, now, expectedVersion);
        });
  if (updated.length === 0) throw new ConflictError(collection, record.id, expectedVersion);
  return { ...(JSON.parse(data) as T), version: expectedVersion + 1 };
}
