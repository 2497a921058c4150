import { ConflictError } from '@kabinet/core';
import type { JournalPendingEntry } from '@kabinet/ports';
import { copyPending, partyKey } from './_lib/journal-records.js';
import type { MemoryJournalState } from './_lib/journal-state.js';

/**
 * The memory store's `enqueue`: queues a checked, frozen copy of a pending entry in the
 * journal's outbox.
 *
 * @param state - the store's state
 * @param entry - the pending entry (a sealed payload, or none)
 * @throws ConflictError when a sealed payload's key is not the subject's current data key
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed entry or an erased payload
 * @example
 * ```ts
 * enqueuePending(state, { ts, actor, action: 'account.login.succeeded', subject: actor, payloadCommitment: null });
 * ```
 */
export function enqueuePending(state: MemoryJournalState, entry: JournalPendingEntry): void {
  const copy = copyPending(entry);
  if (
    copy.payload?.state === 'sealed' &&
    state.subjectKeys.get(partyKey(copy.subject))?.id !== copy.payload.keyId
  ) {
    throw new ConflictError('journal-subject-key', partyKey(copy.subject), 0);
  }
  state.pending.push(copy);
}
