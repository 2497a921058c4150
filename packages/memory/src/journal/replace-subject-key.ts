import type { JournalSubjectKey } from '@kabinet/ports';
import { invalidArgument } from '../_lib/misuse.js';
import { copySubjectKey, party, partyKey, sameSubjectKey } from './_lib/journal-records.js';
import type { MemoryJournalState } from './_lib/journal-state.js';

/**
 * The memory store's `replaceSubjectKey`: swaps a re-wrapped data key in when the stored key is
 * still `expected`, synchronously, so an erasure on the same event loop is never undone.
 *
 * @param state - the store's state
 * @param expected - the key as it was read
 * @param next - the same key wrapped anew
 * @returns whether the swap happened (false when erased, replaced or re-wrapped meanwhile)
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `next` changes the id, subject or createdAt
 * @example
 * ```ts
 * if (!replaceSubjectKey(state, record, rewrapped)) record = state.subjectKeys.get(name);
 * ```
 */
export function replaceSubjectKey(
  state: MemoryJournalState,
  expected: JournalSubjectKey,
  next: JournalSubjectKey,
): boolean {
  const stored = copySubjectKey(next);
  if (
    typeof expected !== 'object' ||
    expected === null ||
    stored.id !== expected.id ||
    stored.createdAt !== expected.createdAt ||
    partyKey(stored.subject) !== partyKey(party(expected.subject, 'subject'))
  ) {
    invalidArgument('a re-wrapped subject key keeps its id, subject and createdAt');
  }
  const name = partyKey(stored.subject);
  const current = state.subjectKeys.get(name);
  // Erased (absent), replaced by a new key, or re-wrapped meanwhile: the swap loses.
  if (current === undefined || !sameSubjectKey(current, expected)) return false;
  state.subjectKeys.set(name, stored);
  return true;
}
