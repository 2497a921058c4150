import type { JournalEntry, JournalParty } from '../journal/journal-records.js';

/** A payload enqueued with its entry: sealed by the journal service before it is enqueued. */
export interface JournalPendingSealedPayload {
  /** Discriminant: encrypted with the subject's data key. */
  readonly state: 'sealed';
  /** Id of the subject's data key that sealed it (it must still be the subject's key when enqueued). */
  readonly keyId: string;
  /** Base64url 12-byte nonce. */
  readonly iv: string;
  /** Base64url ciphertext followed by the GCM tag. */
  readonly ciphertext: string;
}

/** A payload whose subject was erased while its entry waited in the outbox (S-12). */
export interface JournalPendingErasedPayload {
  /** Discriminant: crypto-shredded before it reached the chain. */
  readonly state: 'erased';
  /** Epoch ms of the erasure. */
  readonly erasedAt: number;
}

/**
 * A journal entry waiting in the outbox: everything but its place in the chain. The journal
 * service fills it in (time, parties, action, the payload's commitment and the payload sealed
 * under the subject's data key); the sequencer later gives it `seq`, `prev` and `hash`.
 *
 * @example
 * ```ts
 * const pending: JournalPendingEntry = {
 *   ts: 1767225600000, actor: { type: 'account', id: 'acc_1' }, action: 'contact.changed',
 *   subject: { type: 'account', id: 'acc_1' }, payloadCommitment: '…64 hex…',
 *   payload: { state: 'sealed', keyId: 'jdk_1', iv: '…', ciphertext: '…' },
 * };
 * ```
 */
export interface JournalPendingEntry {
  /** Epoch ms when it was enqueued; the sequencer never lets the chain's time go backwards. */
  readonly ts: number;
  /** Who did it. */
  readonly actor: JournalParty;
  /** Dot-namespaced action name. */
  readonly action: string;
  /** What the action was about. */
  readonly subject: JournalParty;
  /** Hex SHA-256 commitment to the payload, or `null` without one. */
  readonly payloadCommitment: string | null;
  /** The payload: sealed when enqueued; erased when its subject was erased before it was sequenced. */
  readonly payload?: JournalPendingSealedPayload | JournalPendingErasedPayload;
}

/**
 * Turns a batch of pending entries into the chain entries that follow `head`, in the same order:
 * `seq` from `head.seq + 1` on, each `prev` the hash before it, `ts` never below the previous
 * entry's, `hash` computed by `@kabinet/audit`. Pure and synchronous, so adapters run it inside
 * their transaction.
 *
 * @example
 * ```ts
 * import { sealJournalBatch } from '@kabinet/audit/sequencer';
 * const seal: JournalBatchSealer = sealJournalBatch;
 * ```
 */
export type JournalBatchSealer = (
  pending: readonly JournalPendingEntry[],
  head: JournalEntry | undefined,
) => readonly JournalEntry[];

/**
 * Leadership of one journal's sequencer, held until released or lost (a dropped connection).
 *
 * @example
 * ```ts
 * const lease = await outbox.lead();
 * if (lease !== undefined) {
 *   try { await lease.sequence(500, sealJournalBatch); } finally { await lease.release(); }
 * }
 * ```
 */
export interface JournalSequencerLease {
  /**
   * Moves up to `limit` of the oldest pending entries into the chain as one atomic step: the
   * entries `seal` computes from them and the head, their payloads (sealed, or erased when the
   * subject was erased meanwhile), and the removal from the outbox commit together or not at
   * all, so a crash at any point loses nothing and leaves no gap.
   *
   * @returns the entries written, in chain order (empty when nothing was pending)
   * @throws ConflictError when the chain moved under the lease (an appender outside the
   *   outbox); nothing was written, try again
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when `seal` returns entries that do not follow
   *   the head or do not match the batch; `ERR_UNAVAILABLE` when leadership was lost
   */
  sequence(limit: number, seal: JournalBatchSealer): Promise<readonly JournalEntry[]>;
  /** Gives leadership up; idempotent. */
  release(): Promise<void>;
}

/**
 * The outbox of one journal: entries enqueued inside units of work wait here until the one
 * sequencer moves them into the chain in batches (Trillian's and Tessera's split of writing
 * and sequencing). Enqueueing happens through {@link UnitOfWorkScope.enqueue}.
 *
 * @example
 * ```ts
 * const lease = await outbox.lead(); // undefined while another instance sequences
 * const waiting = await outbox.pending();
 * ```
 */
export interface JournalOutbox {
  /** How many entries wait to be sequenced. */
  pending(): Promise<number>;
  /**
   * Tries to become the journal's only sequencer, without waiting.
   *
   * @returns the lease, or `undefined` while another holder (instance) leads
   */
  lead(): Promise<JournalSequencerLease | undefined>;
}
