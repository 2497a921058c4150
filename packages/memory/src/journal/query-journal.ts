import type { JournalEntry, JournalQuery, Page, PageRequest } from '@kabinet/ports';
import { upperBound } from '../_lib/sorted-strings.js';
import { checkPage } from './_lib/journal-paging.js';
import { partyKey } from './_lib/journal-records.js';
import type { MemoryJournalState } from './_lib/journal-state.js';

/**
 * The memory store's `query`: entries by subject, actor, action and period, in `seq` order
 * (or reversed), by keyset pages on `seq`. Walks the most selective index, or the chain between
 * the period's bounds (found by binary search on time) when no party or action is asked for.
 *
 * @param state - the store's state
 * @param filter - what to select
 * @param page - the page size and cursor
 * @returns the page
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a bad page size or cursor
 * @example
 * ```ts
 * const page = queryJournal(state, { subject, order: 'desc' }, { limit: 50 });
 * ```
 */
export function queryJournal(
  state: MemoryJournalState,
  filter: JournalQuery,
  page: PageRequest,
): Page<JournalEntry> {
  const { entries } = state;
  const after = checkPage(page);
  const actions =
    filter.action === undefined
      ? undefined
      : new Set(typeof filter.action === 'string' ? [filter.action] : filter.action);
  const desc = filter.order === 'desc';
  const items: JournalEntry[] = [];
  const list = candidates(state, filter, actions);
  let more = false;
  const take = (e: JournalEntry): boolean => {
    if (!matches(e, filter, actions)) return true;
    if (items.length === page.limit) {
      more = true;
      return false;
    }
    items.push(e);
    return true;
  };
  if (list !== undefined) {
    if (desc) {
      const start = after === undefined ? list.length - 1 : upperBound(list, after - 1) - 1;
      for (let i = start; i >= 0 && take(entries[list[i]!]!); i--);
    } else {
      for (
        let i = after === undefined ? 0 : upperBound(list, after);
        i < list.length && take(entries[list[i]!]!);
        i++
      );
    }
  } else {
    const lo = filter.from === undefined ? 0 : firstAtOrAfter(entries, filter.from);
    const hi = filter.to === undefined ? entries.length : firstAtOrAfter(entries, filter.to);
    if (desc) {
      for (let i = Math.min(hi, after ?? hi) - 1; i >= lo && take(entries[i]!); i--);
    } else {
      for (
        let i = Math.max(lo, after === undefined ? lo : after + 1);
        i < hi && take(entries[i]!);
        i++
      );
    }
  }
  return more ? { items, nextCursor: String(items[items.length - 1]!.seq) } : { items };
}

function matches(
  e: JournalEntry,
  filter: JournalQuery,
  actions: ReadonlySet<string> | undefined,
): boolean {
  if (
    filter.subject !== undefined &&
    (e.subject.type !== filter.subject.type || e.subject.id !== filter.subject.id)
  )
    return false;
  if (
    filter.actor !== undefined &&
    (e.actor.type !== filter.actor.type || e.actor.id !== filter.actor.id)
  )
    return false;
  if (actions !== undefined && !actions.has(e.action)) return false;
  if (filter.from !== undefined && e.ts < filter.from) return false;
  if (filter.to !== undefined && e.ts >= filter.to) return false;
  return true;
}

/** The candidate seqs (ascending) from the most selective index, or `undefined` for a scan. */
function candidates(
  state: MemoryJournalState,
  filter: JournalQuery,
  actions: ReadonlySet<string> | undefined,
): readonly number[] | undefined {
  const lists: (readonly number[])[] = [];
  if (filter.subject !== undefined) lists.push(state.bySubject.get(partyKey(filter.subject)) ?? []);
  if (filter.actor !== undefined) lists.push(state.byActor.get(partyKey(filter.actor)) ?? []);
  if (actions !== undefined) {
    if (actions.size === 1) lists.push(state.byAction.get([...actions][0]!) ?? []);
    else lists.push([...actions].flatMap((a) => state.byAction.get(a) ?? []).sort((a, b) => a - b));
  }
  if (lists.length === 0) return undefined;
  return lists.reduce((best, list) => (list.length < best.length ? list : best));
}

/** First entry index whose ts is ≥ t (entries are in non-decreasing ts order). */
function firstAtOrAfter(entries: readonly JournalEntry[], t: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.ts < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
