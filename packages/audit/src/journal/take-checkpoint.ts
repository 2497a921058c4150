import type { JournalCheckpointRecord } from '@kabinet/ports';
import { chainSize, type JournalContext } from './_lib/journal-context.js';
import { signAt } from './_lib/sign-at.js';

/**
 * Signs a checkpoint of the whole chain now, unless the latest one already covers it.
 *
 * @param ctx - the journal's context
 * @returns the latest checkpoint (the new one, or the one that covered the chain), or
 *   `undefined` for an empty chain
 * @throws JournalTamperedError when an entry does not chain
 * @example
 * ```ts
 * const cp = await takeCheckpoint(ctx);
 * ```
 */
export function takeCheckpoint(ctx: JournalContext): Promise<JournalCheckpointRecord | undefined> {
  return ctx.serial(async () => {
    const size = await chainSize(ctx);
    const latest = await ctx.store.latestCheckpoint();
    if (size === 0 || (latest !== undefined && latest.size >= size)) return latest;
    const last = (await ctx.store.read(size - 1, 1))[0]!;
    return (await signAt(ctx, size, last.hash)) ?? (await ctx.store.latestCheckpoint());
  });
}
