import { ConflictError } from '@kabinet/core';
import type { JournalCheckpointRecord } from '@kabinet/ports';
import { inTransaction } from '../_lib/in-transaction.js';
import { isText } from '../_lib/journal-rows.js';
import { invalidArgument } from '../_lib/misuse.js';
import type { JournalContext } from './_lib/journal-context.js';

/**
 * Stores a signed checkpoint (`JournalStore.putCheckpoint`). Checkpoints of one journal are put
 * one at a time (a transaction-scoped advisory lock), so sizes only grow.
 *
 * @param ctx - the store's pool, journal, schema and statements
 * @param checkpoint - the checkpoint, covering the chain's first `size` entries
 * @throws ConflictError when a checkpoint of this size or larger is stored
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed checkpoint or one larger than the chain
 * @example
 * ```ts
 * await putCheckpoint(ctx, { size, root, head, ts: clock.now(), kid, jws });
 * ```
 */
export async function putCheckpoint(
  ctx: JournalContext,
  checkpoint: JournalCheckpointRecord,
): Promise<void> {
  if (
    typeof checkpoint !== 'object' ||
    checkpoint === null ||
    !Number.isSafeInteger(checkpoint.size) ||
    checkpoint.size < 0
  ) {
    invalidArgument('a checkpoint cannot cover more entries than the chain holds', {
      size: String(checkpoint?.size),
    });
  }
  const { size, root, head, ts, kid, jws, frontier } = checkpoint;
  if (
    !isText(root) ||
    !isText(head) ||
    !isText(kid) ||
    !isText(jws) ||
    typeof ts !== 'number' ||
    !Number.isFinite(ts)
  )
    invalidArgument('malformed checkpoint', { size });
  if (frontier !== undefined && (!Array.isArray(frontier) || !frontier.every(isText)))
    invalidArgument('a checkpoint frontier is an array of hashes', { size });
  const { journal, sql } = ctx;
  await inTransaction(ctx.pool, 'journal.putCheckpoint', async (tx) => {
    await tx.query(sql.CHECKPOINT_LOCK, [ctx.schema, journal]);
    const state = (
      await tx.query<{ latest: string | null; covered: boolean }>(sql.CHECKPOINT_STATE, [
        journal,
        size,
      ])
    ).rows[0]!;
    if (!state.covered)
      invalidArgument('a checkpoint cannot cover more entries than the chain holds', { size });
    if (state.latest !== null && Number(state.latest) >= size)
      throw new ConflictError('journal-checkpoint', String(size), Number(state.latest));
    await tx.query(sql.INSERT_CHECKPOINT, [
      journal,
      size,
      root,
      head,
      ts,
      kid,
      jws,
      frontier === undefined ? null : [...frontier],
    ]);
  });
}
