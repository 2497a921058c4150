import {
  checkOwnerId,
  checkPageRequest,
  type Page,
  type PageRequest,
  type StoreRecord,
  type Stored,
} from '@kabinet/ports';
import { collectPage } from '../_lib/collect-page.js';
import { lowerBound } from '../_lib/sorted-strings.js';
import type { VersionedState } from './_lib/versioned-state.js';

/**
 * The memory versioned store's `listByOwner`: an owner's live records by descending id, keyset
 * pages on the id.
 *
 * @param state - the store's state
 * @param ownerId - whose records
 * @param request - the page size and cursor
 * @returns the page
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a bad owner id or page request
 * @example
 * ```ts
 * const page = listByOwner(state, 'acc_1', { limit: 20 });
 * ```
 */
export function listByOwner<T extends StoreRecord>(
  state: VersionedState<T>,
  ownerId: string,
  request: PageRequest,
): Page<Stored<T>> {
  checkOwnerId(ownerId, state.entity);
  checkPageRequest(request, state.entity);
  const now = state.clock.now();
  state.tick(now);
  const { byId, ids } = state;
  const start = (request.after === undefined ? ids.length : lowerBound(ids, request.after)) - 1;
  const page = collectPage(ids, start, -1, request.limit, (id) => {
    const entry = byId.get(id)!;
    return now >= entry.expiresAt || entry.record.ownerId !== ownerId ? undefined : entry.record;
  });
  return { ...page, items: page.items.map((record) => structuredClone(record)) };
}
