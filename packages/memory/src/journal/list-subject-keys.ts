import type { JournalSubjectKey, JournalSubjectKeyFilter, Page, PageRequest } from '@kabinet/ports';
import { collectPage } from '../_lib/collect-page.js';
import { invalidArgument } from '../_lib/misuse.js';
import { upperBound } from '../_lib/sorted-strings.js';
import { checkLimit } from './_lib/journal-paging.js';
import type { MemoryJournalState } from './_lib/journal-state.js';

/**
 * The memory store's `listSubjectKeys`: keyset pages over the key ids, skipping keys wrapped by
 * `notWrappedBy`. Walks the sorted id index from the cursor, so a page costs its size plus the
 * keys the filter skips; only the page is collected (the records are frozen).
 *
 * @param state - the store's state
 * @param filter - `notWrappedBy`: the kid to skip
 * @param page - the page size and cursor (a key id)
 * @returns the page
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a bad page or filter
 * @example
 * ```ts
 * const page = listSubjectKeys(state, { notWrappedBy: 'payload-2' }, { limit: 100 });
 * ```
 */
export function listSubjectKeys(
  state: MemoryJournalState,
  filter: JournalSubjectKeyFilter,
  page: PageRequest,
): Page<JournalSubjectKey> {
  checkLimit(page);
  if (page.after !== undefined && (typeof page.after !== 'string' || page.after === ''))
    invalidArgument('malformed page cursor', { after: String(page.after) });
  const notWrappedBy = filter.notWrappedBy;
  if (notWrappedBy !== undefined && typeof notWrappedBy !== 'string')
    invalidArgument('notWrappedBy is a kid string');
  const { keyIds } = state;
  const start = page.after === undefined ? 0 : upperBound(keyIds, page.after);
  return collectPage(keyIds, start, 1, page.limit, (id) => {
    const key = state.subjectKeys.get(state.keyOwners.get(id)!)!;
    return key.wrapKid === notWrappedBy ? undefined : key;
  });
}
