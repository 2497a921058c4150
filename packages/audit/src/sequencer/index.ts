/**
 * The journal's outbox mode: `createJournalEnqueuer` seals a step's entries into its unit of
 * work, `createJournalSequencer` (one leader per journal) moves them into the chain in batches
 * with `sealJournalBatch`, persisting the Merkle frontier with signed checkpoints.
 *
 * @example
 * ```ts
 * import { createJournalEnqueuer, createJournalSequencer } from '@kabinet/audit/sequencer';
 * ```
 *
 * @module @kabinet/audit/sequencer
 */
export { sealJournalBatch } from './seal-journal-batch.js';
export {
  createJournalEnqueuer,
  type JournalEnqueuer,
  type JournalEnqueuerOptions,
  type JournalEnqueueScope,
} from './create-journal-enqueuer.js';
export { createJournalSequencer } from './create-journal-sequencer.js';
export type {
  JournalSequencer,
  JournalSequencerOptions,
  JournalSequencerStartOptions,
} from './journal-sequencer-types.js';
