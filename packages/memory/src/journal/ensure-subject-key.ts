import { ConflictError } from '@kabinet/core';
import type { JournalSubjectKey } from '@kabinet/ports';
import { insertSorted } from '../_lib/sorted-strings.js';
import { copySubjectKey, party, partyKey } from './_lib/journal-records.js';
import type { MemoryJournalState } from './_lib/journal-state.js';

/**
 * The memory store's `ensureSubjectKey`: the subject's data key, stored from `key` when it has
 * none yet.
 *
 * @param state - the store's state
 * @param key - the key to store when the subject has none
 * @returns the subject's key (the existing one, or `key` as stored)
 * @throws ConflictError when another subject's key has the same id
 * @example
 * ```ts
 * const stored = ensureSubjectKey(state, fresh);
 * ```
 */
export function ensureSubjectKey(
  state: MemoryJournalState,
  key: JournalSubjectKey,
): JournalSubjectKey {
  const name = partyKey(party(key.subject, 'subject'));
  const existing = state.subjectKeys.get(name);
  if (existing !== undefined) return existing;
  const stored = copySubjectKey(key);
  if (state.keyOwners.has(stored.id)) throw new ConflictError('journal-subject-key', stored.id, 0);
  state.subjectKeys.set(name, stored);
  state.keyOwners.set(stored.id, name);
  insertSorted(state.keyIds, stored.id);
  return stored;
}
