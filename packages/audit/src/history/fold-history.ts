import type { JournalEvent } from './journal-event.js';

/**
 * The state as of a sequence number: a left fold over the events with `seq ≤ untilSeq`, in
 * `seq` order. History is never rewritten; an earlier state is recomputed.
 *
 * @param events - events (any order; they are folded in `seq` order)
 * @param reducer - next state from the state and one event
 * @param initial - the state before the first event
 * @param untilSeq - the last event to include (default: all)
 * @returns the folded state
 * @example
 * ```ts
 * const count = foldHistory(events, (n, e) => (e.entry.action === 'account.login.failed' ? n + 1 : n), 0);
 * ```
 */
export function foldHistory<S, P = unknown>(
  events: readonly JournalEvent<P>[],
  reducer: (state: S, event: JournalEvent<P>) => S,
  initial: S,
  untilSeq: number = Number.MAX_SAFE_INTEGER,
): S {
  const ordered = [...events]
    .filter((e) => e.entry.seq <= untilSeq)
    .sort((a, b) => a.entry.seq - b.entry.seq);
  let state = initial;
  for (const event of ordered) state = reducer(state, event);
  return state;
}
