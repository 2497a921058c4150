import {
  JOURNAL_GENESIS_HASH,
  type JournalBatchSealer,
  type JournalEntry,
  type JournalPayloadRecord,
  type JournalPendingEntry,
} from '@kabinet/ports';
import { invalidArgument } from '../_lib/misuse.js';
import { copyEntry, partyKey } from './_lib/journal-records.js';
import { writeEntry, type MemoryJournalState } from './_lib/journal-state.js';

/**
 * The memory store's `sequencePending`: moves up to `limit` of the oldest pending entries into
 * the chain, synchronously and all or nothing: the entries `seal` computes after the head,
 * with their payloads (sealed, or erased when their subject was erased while they waited).
 *
 * @param state - the store's state
 * @param limit - the most entries to move
 * @param seal - computes the chained entries (`sealJournalBatch`)
 * @returns the entries written
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `seal` returns entries that do not follow the head
 * @example
 * ```ts
 * const written = sequencePending(state, 500, sealJournalBatch);
 * ```
 */
export function sequencePending(
  state: MemoryJournalState,
  limit: number,
  seal: JournalBatchSealer,
): readonly JournalEntry[] {
  const { entries } = state;
  if (!Number.isInteger(limit) || limit < 1)
    invalidArgument('limit must be a positive integer', { limit: String(limit) });
  const batch = state.pending.slice(0, limit);
  if (batch.length === 0) return [];
  const head = entries[entries.length - 1];
  const sealed = seal(batch, head);
  const returned: unknown = sealed;
  if (!Array.isArray(returned) || sealed.length !== batch.length)
    invalidArgument('seal must return one entry per pending entry');
  // Check the whole batch before writing any of it: all or nothing.
  let prevHash = head?.hash ?? JOURNAL_GENESIS_HASH;
  let prevTs = head?.ts ?? 0;
  const checked = sealed.map((e, i) => {
    const stored = copyEntry(e, state.intern);
    const p = batch[i]!;
    if (
      stored.seq !== entries.length + i ||
      stored.prev !== prevHash ||
      stored.ts < prevTs ||
      stored.action !== p.action ||
      stored.payloadCommitment !== p.payloadCommitment ||
      partyKey(stored.subject) !== partyKey(p.subject) ||
      partyKey(stored.actor) !== partyKey(p.actor)
    ) {
      invalidArgument('seal must return the pending entries in order, chained after the head', {
        seq: stored.seq,
      });
    }
    prevHash = stored.hash;
    prevTs = stored.ts;
    return stored;
  });
  checked.forEach((stored, i) => writeEntry(state, stored, payloadRecord(stored, batch[i]!)));
  state.pending = state.pending.slice(batch.length);
  return checked;
}

/** The payload record a pending entry's payload becomes in the chain, if it has one. */
function payloadRecord(
  stored: JournalEntry,
  pending: JournalPendingEntry,
): JournalPayloadRecord | undefined {
  const p = pending.payload;
  if (p === undefined) return undefined;
  return p.state === 'sealed'
    ? Object.freeze({
        state: 'sealed',
        seq: stored.seq,
        subject: stored.subject,
        keyId: p.keyId,
        iv: p.iv,
        ciphertext: p.ciphertext,
      })
    : Object.freeze({
        state: 'erased',
        seq: stored.seq,
        subject: stored.subject,
        erasedAt: p.erasedAt,
      });
}
