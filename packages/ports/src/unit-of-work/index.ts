/**
 * The unit of work (a step's writes and journal entries commit together) and the journal
 * outbox the sequencer drains.
 *
 * @module @kabinet/ports/unit-of-work
 */
export type { UnitOfWork, UnitOfWorkScope } from './unit-of-work.js';
export { runAfterCommit } from './run-after-commit.js';
export type {
  JournalBatchSealer,
  JournalOutbox,
  JournalPendingEntry,
  JournalPendingErasedPayload,
  JournalPendingSealedPayload,
  JournalSequencerLease,
} from './journal-outbox.js';
