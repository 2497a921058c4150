import { JOURNAL_GENESIS_HASH } from '@kabinet/ports';
import { resumeFrontier, takeIntoFrontier } from '../../_lib/resume-frontier.js';
import { createMerkleFrontier, type MerkleFrontier } from '../../merkle/create-merkle-frontier.js';
import { READ_BATCH, type JournalContext } from './journal-context.js';

/**
 * Brings the journal's frontier to `size`, checking every entry it takes in (from the latest
 * trusted checkpoint's frontier when one is stored, else from the first entry); `undefined`
 * when it is already past `size`.
 *
 * @throws JournalTamperedError when an entry does not chain
 */
export async function frontierAt(
  ctx: JournalContext,
  size: number,
): Promise<MerkleFrontier | undefined> {
  if (ctx.frontier === undefined) {
    ctx.frontier = createMerkleFrontier();
    ctx.frontierHead = JOURNAL_GENESIS_HASH;
    const latest = await ctx.store.latestCheckpoint();
    if (latest !== undefined && latest.size <= size) {
      const resumed = await resumeFrontier(latest, ctx.keys, ctx.origin);
      if (resumed !== undefined) {
        ctx.frontier = resumed.frontier;
        ctx.frontierHead = resumed.head;
      }
    }
  }
  const f = ctx.frontier;
  while (f.size < size) {
    const batch = await ctx.store.read(f.size, Math.min(READ_BATCH, size - f.size));
    if (batch.length === 0) break;
    takeIntoFrontier(f, ctx, batch, 'refusing to sign a checkpoint');
  }
  return f.size === size ? f : undefined;
}
