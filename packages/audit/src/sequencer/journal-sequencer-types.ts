import type { Clock } from '@kabinet/core';
import type { JournalOutbox, JournalStore, KeyProvider } from '@kabinet/ports';
import type { JournalCheckpointPolicy } from '../journal/journal-types.js';

/** Options of `createJournalSequencer`. */
export interface JournalSequencerOptions {
  /** The journal's outbox (PostgreSQL's or memory's). */
  readonly outbox: JournalOutbox;
  /** The journal's store: the chain the batches go into, and its checkpoints. */
  readonly store: JournalStore;
  /** Signing keys for checkpoints. */
  readonly keys: KeyProvider;
  /** The time checkpoints carry and the policy's `everyMs` is measured in. */
  readonly clock: Clock;
  /** Names this journal in its checkpoints (default `kabinet-journal`, as `createJournal`). */
  readonly origin?: string;
  /** When to sign checkpoints (default `defaultCheckpointPolicy`). */
  readonly checkpoint?: Partial<JournalCheckpointPolicy>;
  /** Pending entries moved per batch (default 500, at most 10 000). */
  readonly batchSize?: number;
  /** Hears errors of the polling loop and of checkpoints (a failed checkpoint is tried again after the next batch). */
  readonly onError?: (error: unknown) => void;
}

/** Options of {@link JournalSequencer.start}. */
export interface JournalSequencerStartOptions {
  /** Ms between polls when the outbox was empty or another instance leads (default 100). */
  readonly intervalMs?: number;
}

/**
 * The one sequencer of a journal (see `createJournalSequencer`).
 *
 * @example
 * ```ts
 * sequencer.start({ intervalMs: 100 });
 * unitOfWorkHooks.afterCommit = () => sequencer.wake();
 * await sequencer.stop();
 * ```
 */
export interface JournalSequencer {
  /** Whether this instance holds the journal's leadership now. */
  readonly leading: boolean;
  /**
   * One batch: takes the lead when it is free, then moves up to `batchSize` pending entries
   * into the chain and signs a checkpoint when one is due.
   * @returns the entries moved (0 when none waited or another instance leads)
   * @throws KabinetError `ERR_UNAVAILABLE` when the store is unreachable (leadership is
   *   dropped and taken again later); `ERR_JOURNAL_TAMPERED` when the chain does not verify
   */
  step(): Promise<number>;
  /** Batches until the outbox is empty or another instance leads; returns the entries moved. */
  drain(): Promise<number>;
  /** Starts polling: drains, then waits `intervalMs` or until {@link JournalSequencer.wake}. */
  start(options?: JournalSequencerStartOptions): void;
  /** Ends the current wait of the polling loop (call it after a unit of work commits). */
  wake(): void;
  /** Stops polling and gives leadership up. */
  stop(): Promise<void>;
}
