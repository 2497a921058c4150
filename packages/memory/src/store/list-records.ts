import {
  checkPageRequest,
  type Page,
  type PageRequest,
  type StoreRecord,
  type Stored,
} from '@kabinet/ports';
import { collectPage } from '../_lib/collect-page.js';
import { upperBound } from '../_lib/sorted-strings.js';
import { evict, type VersionedState } from './_lib/versioned-state.js';

/**
 * The memory versioned store's `list`: live records by ascending id, keyset pages on the id;
 * the expired records it passes are evicted.
 *
 * @param state - the store's state
 * @param request - the page size and cursor
 * @returns the page
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a bad page request
 * @example
 * ```ts
 * const page = listRecords(state, { limit: 100 });
 * ```
 */
export function listRecords<T extends StoreRecord>(
  state: VersionedState<T>,
  request: PageRequest,
): Page<Stored<T>> {
  checkPageRequest(request, state.entity);
  const now = state.clock.now();
  state.tick(now);
  const { byId, ids } = state;
  const expired: string[] = [];
  const start = request.after === undefined ? 0 : upperBound(ids, request.after);
  const page = collectPage(ids, start, 1, request.limit, (id) => {
    const entry = byId.get(id)!;
    if (now < entry.expiresAt) return entry.record;
    expired.push(id);
    return undefined;
  });
  for (const id of expired) {
    const entry = byId.get(id);
    if (entry !== undefined) evict(state, id, entry);
  }
  return { ...page, items: page.items.map((record) => structuredClone(record)) };
}
