import {
  checkDueBefore,
  checkPageRequest,
  decodeDueCursor,
  encodeDueCursor,
  type Page,
  type PageRequest,
  type StoreRecord,
  type Stored,
} from '@kabinet/ports';
import type { VersionedState } from './_lib/versioned-state.js';

/**
 * The memory versioned store's `listDue`: live records due at or before `before`, by
 * (`dueAt`, id), keyset pages on both.
 *
 * @param state - the store's state
 * @param before - the latest `dueAt` to include (epoch ms)
 * @param request - the page size and cursor
 * @returns the page
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a bad bound, page request or cursor
 * @example
 * ```ts
 * const due = listDue(state, clock.now(), { limit: 100 });
 * ```
 */
export function listDue<T extends StoreRecord>(
  state: VersionedState<T>,
  before: number,
  request: PageRequest,
): Page<Stored<T>> {
  const { entity } = state;
  checkDueBefore(before, entity);
  checkPageRequest(request, entity);
  const now = state.clock.now();
  state.tick(now);
  const after = request.after === undefined ? undefined : decodeDueCursor(request.after, entity);
  const due: Stored<T>[] = [];
  for (const entry of state.byId.values()) {
    const at = entry.record.dueAt;
    if (at === undefined || at > before || now >= entry.expiresAt) continue;
    if (
      after !== undefined &&
      (at < after.dueAt || (at === after.dueAt && entry.record.id <= after.id))
    )
      continue;
    due.push(entry.record);
  }
  due.sort((a, b) => a.dueAt! - b.dueAt! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const items = due.slice(0, request.limit).map((record) => structuredClone(record));
  const last = items.at(-1);
  return due.length > request.limit && last !== undefined
    ? { items, nextCursor: encodeDueCursor({ dueAt: last.dueAt!, id: last.id }) }
    : { items };
}
