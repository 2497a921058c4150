import type { JournalQuery, Page, PageRequest } from '@kabinet/ports';
import type { JournalEvent } from '../history/journal-event.js';
import type { JournalContext } from './_lib/journal-context.js';
import { openPayload } from './open-payload.js';

/**
 * One page of the entries a query selects, each with its payload opened.
 *
 * @param ctx - the journal's context
 * @param filter - what to select
 * @param page - the page size and cursor
 * @returns the page of events
 * @example
 * ```ts
 * const page = await readEvents(ctx, { actor }, { limit: 50 });
 * ```
 */
export async function readEvents(
  ctx: JournalContext,
  filter: JournalQuery,
  page: PageRequest,
): Promise<Page<JournalEvent>> {
  const entries = await ctx.store.query(filter, page);
  const items: JournalEvent[] = [];
  for (const entry of entries.items) items.push({ entry, payload: await openPayload(ctx, entry) });
  return entries.nextCursor === undefined ? { items } : { items, nextCursor: entries.nextCursor };
}
