import type { Page, PageRequest } from '../store/versioned-store.js';
import type {
  JournalCheckpointRecord,
  JournalEntry,
  JournalErasure,
  JournalParty,
  JournalPayloadRecord,
  JournalQuery,
  JournalSealedPayload,
  JournalSubjectKey,
  JournalSubjectKeyFilter,
} from './journal-records.js';

/**
 * Storage of the append-only, tamper-evident journal (S-14): the chain of entries, the
 * encrypted payloads beside it, the subjects' data keys and the signed checkpoints.
 *
 * There is no method that edits or deletes an entry. Appends name the sequence number they
 * expect, so concurrent appenders (on one instance or many) can never leave a gap or fork
 * the chain: the loser gets `ConflictError`, re-reads the head and retries. The store does
 * not compute hashes; `@kabinet/audit` does, and verifies what the store returns.
 *
 * @example
 * ```ts
 * const head = await store.head();
 * const seq = head === undefined ? 0 : head.seq + 1;
 * await store.append({ ...entryFor(seq, head?.hash ?? JOURNAL_GENESIS_HASH) }); // may throw ConflictError
 * const page = await store.query({ subject: { type: 'account', id: 'acc_1' }, order: 'desc' }, { limit: 20 });
 * ```
 */
export interface JournalStore {
  /**
   * Appends one entry, and its sealed payload when given, atomically.
   *
   * @throws ConflictError when `entry.seq` is not the current size, `entry.prev` is not the
   *   hash of the last entry ({@link JOURNAL_GENESIS_HASH} on an empty chain), or the payload's
   *   `keyId` is not the subject's current data key (erased or replaced meanwhile).
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when `entry.ts` is smaller than the last
   *   entry's, or the payload's `seq`/`subject` do not match the entry.
   */
  append(entry: JournalEntry, payload?: JournalSealedPayload): Promise<void>;
  /** The last entry, or `undefined` when the chain is empty. */
  head(): Promise<JournalEntry | undefined>;
  /** Up to `limit` entries from `fromSeq` on, in `seq` order (fewer at the end of the chain). */
  read(fromSeq: number, limit: number): Promise<readonly JournalEntry[]>;
  /**
   * Entries matching every given filter, by keyset pagination on `seq`: each matching entry
   * exactly once across pages, also while appends go on.
   */
  query(filter: JournalQuery, page: PageRequest): Promise<Page<JournalEntry>>;

  /** The payload of an entry (sealed or erased), or `undefined` when none was stored. */
  getPayload(seq: number): Promise<JournalPayloadRecord | undefined>;
  /** The subject's current data key, or `undefined` (none yet, or erased). */
  getSubjectKey(subject: JournalParty): Promise<JournalSubjectKey | undefined>;
  /**
   * Stores a data key for its subject unless one exists; returns the key that is current
   * afterwards (the existing one when another writer got there first).
   *
   * @throws ConflictError when another subject's key has the same `id` (key ids are unique).
   */
  ensureSubjectKey(key: JournalSubjectKey): Promise<JournalSubjectKey>;
  /**
   * Data keys matching every given filter, in ascending `id` order (ids compare as binary
   * strings), by keyset pagination on `id`: a scan visits every key that exists and matches
   * throughout it exactly once, also while keys are re-wrapped, erased or created, and keys
   * that change during it at most once. Rotation pages with `notWrappedBy` (the current
   * `kid`), so a re-wrapped key leaves the listing and no page shifts.
   *
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when `limit` is not a positive integer within
   *   the adapter's maximum (which is at least 1000), or the cursor is malformed.
   * @example
   * ```ts
   * const page = await store.listSubjectKeys({ notWrappedBy: 'journal-payload-2' }, { limit: 100 });
   * const next = page.nextCursor === undefined ? undefined : await store.listSubjectKeys({ notWrappedBy: 'journal-payload-2' }, { limit: 100, after: page.nextCursor });
   * ```
   */
  listSubjectKeys(
    filter: JournalSubjectKeyFilter,
    page: PageRequest,
  ): Promise<Page<JournalSubjectKey>>;
  /**
   * Compare-and-swap of a subject's data key, for re-wrapping it under another secret: stores
   * `next` only if the subject's key is still `expected` (every field equal), atomically.
   * Returns `false` and changes nothing when the key was erased, replaced or re-wrapped
   * meanwhile: an erasure racing a re-wrap always wins, and a shredded key never comes back.
   * Never creates a key.
   *
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when `next` is not a re-wrap of `expected`
   *   (its `id`, `subject` or `createdAt` differ) or is malformed; nothing is written.
   * @example
   * ```ts
   * const key = await store.getSubjectKey(subject);
   * if (key !== undefined) {
   *   const swapped = await store.replaceSubjectKey(key, { ...key, wrapKid: 'journal-payload-2', wrapped: rewrapped });
   *   // false: erased or changed meanwhile; re-read, never write the key back
   * }
   * ```
   */
  replaceSubjectKey(expected: JournalSubjectKey, next: JournalSubjectKey): Promise<boolean>;
  /**
   * Crypto-shredding: atomically deletes the subject's data key and replaces every sealed
   * payload of the subject by an erased one. Entries are untouched. Idempotent.
   */
  eraseSubject(subject: JournalParty, erasedAt: number): Promise<JournalErasure>;

  /**
   * Stores a signed checkpoint.
   *
   * @throws ConflictError when a checkpoint of the same or a larger size exists.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when `size` exceeds the chain's size.
   */
  putCheckpoint(checkpoint: JournalCheckpointRecord): Promise<void>;
  /** The checkpoint of the largest size, or `undefined`. */
  latestCheckpoint(): Promise<JournalCheckpointRecord | undefined>;
  /** Checkpoints in ascending `size` order, by keyset pagination. */
  listCheckpoints(page: PageRequest): Promise<Page<JournalCheckpointRecord>>;
}
