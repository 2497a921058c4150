import type { JournalCheckpointRecord } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { checkpointOf, type CheckpointRow } from '../_lib/journal-rows.js';
import type { JournalContext } from './_lib/journal-context.js';

/**
 * The largest checkpoint stored (`JournalStore.latestCheckpoint`).
 *
 * @param ctx - the store's pool, journal, schema and statements
 * @returns the checkpoint, or `undefined` when none is stored
 * @example
 * ```ts
 * const checkpoint = await latestCheckpoint(ctx);
 * ```
 */
export async function latestCheckpoint(
  ctx: JournalContext,
): Promise<JournalCheckpointRecord | undefined> {
  const rows = await run<CheckpointRow>(
    ctx.pool,
    'journal.latestCheckpoint',
    ctx.sql.LATEST_CHECKPOINT,
    [ctx.journal],
  );
  return rows[0] === undefined ? undefined : checkpointOf(rows[0]);
}
