import type {
  JournalBatchSealer,
  JournalEntry,
  JournalParty,
  JournalPendingEntry,
  JournalStore,
} from '@kabinet/ports';
import { appendJournalEntry } from './append-journal-entry.js';
import { enqueuePending } from './enqueue-pending.js';
import { ensureSubjectKey } from './ensure-subject-key.js';
import { eraseJournalSubject } from './erase-journal-subject.js';
import { listCheckpoints } from './list-checkpoints.js';
import { listSubjectKeys } from './list-subject-keys.js';
import { putCheckpoint } from './put-checkpoint.js';
import { queryJournal } from './query-journal.js';
import { replaceSubjectKey } from './replace-subject-key.js';
import { sequencePending } from './sequence-pending.js';
import { partyKey } from './_lib/journal-records.js';
import { createJournalState } from './_lib/journal-state.js';
import { invalidArgument } from '../_lib/misuse.js';

/**
 * A {@link JournalStore} in memory, with read-only back doors that show exactly what is
 * stored (for contract suites and demos).
 *
 * @example
 * ```ts
 * const store = createMemoryJournalStore();
 * store.size; // 0
 * ```
 */
export interface MemoryJournalStore extends JournalStore {
  /** Number of entries. */
  readonly size: number;
  /** The stored entry `seq` serialised as JSON, or `undefined` (a back door past the read path). */
  peekEntry(seq: number): string | undefined;
  /** The stored payload record of entry `seq` serialised as JSON, or `undefined`. */
  peekPayload(seq: number): string | undefined;
  /** The stored data key of a subject serialised as JSON, or `undefined`. */
  peekSubjectKey(subject: JournalParty): string | undefined;
  /** Number of entries waiting in the outbox. */
  readonly pendingCount: number;
  /**
   * Queues an entry in the journal's outbox (what a memory unit of work's `enqueue` calls).
   * @throws ConflictError when a sealed payload's key is not the subject's current data key
   * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed entry or an erased payload
   */
  enqueue(entry: JournalPendingEntry): void;
  /**
   * Moves up to `limit` of the oldest pending entries into the chain, synchronously and all or
   * nothing: the entries `seal` computes after the head, with their payloads (sealed, or erased
   * when their subject was erased while they waited). Used by `createMemoryJournalOutbox`.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when `seal` returns entries that do not follow the head
   */
  sequencePending(limit: number, seal: JournalBatchSealer): readonly JournalEntry[];
}

/**
 * Creates an in-memory journal store. Entries are copied and frozen on the way in, so neither
 * the caller's objects nor the returned ones can change what is stored; there is no method
 * that edits or deletes an entry. Appends are checked against the head (`seq` = size, `prev` =
 * last hash, non-decreasing `ts`) synchronously, so concurrent appenders on one event loop can
 * never leave a gap or fork. Queries use per-subject, per-actor and per-action indexes and a
 * binary search on time. Subject keys are listed through a sorted index of key ids (a page
 * costs its size plus the keys the filter skips, never a copy of the whole set), and
 * `replaceSubjectKey` compares and swaps synchronously, so an erasure on the same event loop
 * is never undone.
 *
 * @returns the store
 * @example
 * ```ts
 * import { createMemoryJournalStore } from '@kabinet/memory';
 * import { createJournal } from '@kabinet/audit';
 * const journal = createJournal({ store: createMemoryJournalStore(), keys, clock });
 * ```
 */
export function createMemoryJournalStore(): MemoryJournalStore {
  const state = createJournalState();
  const { entries, payloads, subjectKeys, checkpoints } = state;
  return {
    get size() {
      return entries.length;
    },
    async append(entry, payload) {
      appendJournalEntry(state, entry, payload);
    },
    async head() {
      return entries[entries.length - 1];
    },
    async read(fromSeq, limit) {
      if (!Number.isSafeInteger(fromSeq) || fromSeq < 0)
        invalidArgument('fromSeq must be a non-negative integer', { fromSeq: String(fromSeq) });
      if (!Number.isSafeInteger(limit) || limit < 0)
        invalidArgument('limit must be a non-negative integer', { limit: String(limit) });
      return entries.slice(fromSeq, fromSeq + limit);
    },
    query: async (filter, page) => queryJournal(state, filter, page),
    getPayload: async (seq) => payloads.get(seq),
    getSubjectKey: async (subject) => subjectKeys.get(partyKey(subject)),
    ensureSubjectKey: async (key) => ensureSubjectKey(state, key),
    listSubjectKeys: async (filter, page) => listSubjectKeys(state, filter, page),
    replaceSubjectKey: async (expected, next) => replaceSubjectKey(state, expected, next),
    eraseSubject: async (subject, erasedAt) => eraseJournalSubject(state, subject, erasedAt),
    putCheckpoint: async (checkpoint) => putCheckpoint(state, checkpoint),
    latestCheckpoint: async () => checkpoints[checkpoints.length - 1],
    listCheckpoints: async (page) => listCheckpoints(state, page),
    get pendingCount() {
      return state.pending.length;
    },
    enqueue: (entry) => enqueuePending(state, entry),
    sequencePending: (limit, seal) => sequencePending(state, limit, seal),
    peekEntry: (seq) => {
      const e = entries[seq];
      return e === undefined ? undefined : JSON.stringify(e);
    },
    peekPayload: (seq) => {
      const p = payloads.get(seq);
      return p === undefined ? undefined : JSON.stringify(p);
    },
    peekSubjectKey: (subject) => {
      const k = subjectKeys.get(partyKey(subject));
      return k === undefined ? undefined : JSON.stringify(k);
    },
  };
}
