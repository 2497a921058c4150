import { ConflictError } from '@kabinet/core';
import {
  JOURNAL_GENESIS_HASH,
  type JournalEntry,
  type JournalPayloadRecord,
  type JournalSealedPayload,
} from '@kabinet/ports';
import { invalidArgument } from '../_lib/misuse.js';
import { copyEntry, partyKey } from './_lib/journal-records.js';
import { writeEntry, type MemoryJournalState } from './_lib/journal-state.js';

/**
 * The memory store's `append`: checks the entry against the head (`seq` = size, `prev` = last
 * hash, non-decreasing `ts`) and its sealed payload against the subject's current data key,
 * then writes both, synchronously, so appenders on one event loop never leave a gap or fork.
 *
 * @param state - the store's state
 * @param entry - the entry to append
 * @param payload - its sealed payload, if any
 * @throws ConflictError when the entry does not follow the head or the payload's key is stale
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed entry or payload
 * @example
 * ```ts
 * appendJournalEntry(state, entry, undefined);
 * ```
 */
export function appendJournalEntry(
  state: MemoryJournalState,
  entry: JournalEntry,
  payload: JournalPayloadRecord | undefined,
): void {
  const { entries } = state;
  const stored = copyEntry(entry, state.intern);
  const last = entries[entries.length - 1];
  if (stored.seq !== entries.length || stored.prev !== (last?.hash ?? JOURNAL_GENESIS_HASH)) {
    throw new ConflictError('journal-entry', String(stored.seq), entries.length);
  }
  if (last !== undefined && stored.ts < last.ts)
    invalidArgument('journal time must not go backwards', {
      seq: stored.seq,
      ts: stored.ts,
      previousTs: last.ts,
    });
  let sealed: JournalSealedPayload | undefined;
  if (payload !== undefined) {
    if (
      payload.state !== 'sealed' ||
      payload.seq !== stored.seq ||
      partyKey(payload.subject) !== partyKey(stored.subject)
    ) {
      invalidArgument('a payload must be sealed and belong to its entry (seq and subject)', {
        seq: stored.seq,
      });
    }
    if (stored.payloadCommitment === null)
      invalidArgument('a payload needs an entry with a payload commitment', {
        seq: stored.seq,
      });
    if (
      typeof payload.keyId !== 'string' ||
      typeof payload.iv !== 'string' ||
      typeof payload.ciphertext !== 'string'
    ) {
      invalidArgument('malformed sealed payload', { seq: stored.seq });
    }
    const key = state.subjectKeys.get(partyKey(stored.subject));
    if (key === undefined || key.id !== payload.keyId)
      throw new ConflictError('journal-subject-key', partyKey(stored.subject), 0);
    sealed = Object.freeze({
      state: 'sealed',
      seq: stored.seq,
      subject: stored.subject,
      keyId: payload.keyId,
      iv: payload.iv,
      ciphertext: payload.ciphertext,
    });
  }
  // Everything is checked: write the entry, its indexes and its payload together.
  writeEntry(state, stored, sealed);
}
