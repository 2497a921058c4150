import { ConflictError } from '@kabinet/core';
import { checkExpectedVersion } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import type { RecordContext } from './_lib/record-context.js';

/**
 * Deletes a live record whose version is still `expectedVersion` (`VersionedStore.delete`);
 * its keys go with it (a foreign key cascades).
 *
 * @param ctx - the store's pool, collection, clock and statements
 * @param id - the record's id
 * @param expectedVersion - the version the caller read
 * @throws ConflictError on a stale version or a missing or expired record
 * @example
 * ```ts
 * await deleteRecord(ctx, stored.id, stored.version);
 * ```
 */
export async function deleteRecord(
  ctx: RecordContext,
  id: string,
  expectedVersion: number,
): Promise<void> {
  const { collection } = ctx;
  checkExpectedVersion(expectedVersion, collection);
  const rows = await run(ctx.pool, `${collection}.delete`, ctx.statements.DELETE, [
    collection,
    id,
    expectedVersion,
    ctx.clock.now(),
  ]);
  if (rows.length === 0) throw new ConflictError(collection, id, expectedVersion);
}
