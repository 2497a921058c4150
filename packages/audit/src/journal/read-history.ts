import type { JournalParty } from '@kabinet/ports';
import type { JournalEvent } from '../history/journal-event.js';
import type { JournalContext } from './_lib/journal-context.js';
import { openPayload } from './open-payload.js';

/**
 * A subject's events, oldest first, payloads opened, up to `untilSeq` when given.
 *
 * @param ctx - the journal's context
 * @param subject - whose events
 * @param options - `untilSeq`: the last entry to include
 * @returns the events
 * @example
 * ```ts
 * const events = await readHistory(ctx, { type: 'account', id: 'acc_1' });
 * ```
 */
export async function readHistory(
  ctx: JournalContext,
  subject: JournalParty,
  options: { readonly untilSeq?: number } = {},
): Promise<JournalEvent[]> {
  const out: JournalEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await ctx.store.query(
      { subject },
      after === undefined ? { limit: 500 } : { limit: 500, after },
    );
    for (const entry of page.items) {
      if (options.untilSeq !== undefined && entry.seq > options.untilSeq) return out;
      out.push({ entry, payload: await openPayload(ctx, entry) });
    }
    if (page.nextCursor === undefined) return out;
    after = page.nextCursor;
  }
}
