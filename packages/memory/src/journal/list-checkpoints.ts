import type { JournalCheckpointRecord, Page, PageRequest } from '@kabinet/ports';
import { checkPage } from './_lib/journal-paging.js';
import type { MemoryJournalState } from './_lib/journal-state.js';

/**
 * The memory store's `listCheckpoints`: keyset pages of checkpoints by ascending size.
 *
 * @param state - the store's state
 * @param page - the page size and cursor (a size)
 * @returns the page
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a bad page size or cursor
 * @example
 * ```ts
 * const page = listCheckpoints(state, { limit: 500 });
 * ```
 */
export function listCheckpoints(
  state: MemoryJournalState,
  page: PageRequest,
): Page<JournalCheckpointRecord> {
  const { checkpoints } = state;
  const after = checkPage(page) ?? -1;
  const start = checkpoints.findIndex((c) => c.size > after);
  if (start === -1) return { items: [] };
  const items = checkpoints.slice(start, start + page.limit);
  return start + page.limit < checkpoints.length
    ? { items, nextCursor: String(items[items.length - 1]!.size) }
    : { items };
}
