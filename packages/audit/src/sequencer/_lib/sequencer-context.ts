import { KabinetError, type Clock } from '@kabinet/core';
import {
  JOURNAL_GENESIS_HASH,
  type JournalOutbox,
  type JournalSequencerLease,
  type JournalStore,
  type KeyProvider,
} from '@kabinet/ports';
import { resolveCheckpointPolicy, type CheckpointMark } from '../../_lib/checkpoint-schedule.js';
import type { MerkleFrontier } from '../../merkle/create-merkle-frontier.js';
import type { JournalCheckpointPolicy } from '../../journal/journal-types.js';
import type { JournalSequencerOptions } from '../journal-sequencer-types.js';

const DEFAULT_BATCH = 500;
const MAX_BATCH = 10_000;

/** What one sequencer holds: its dependencies, its settings, its lease and its view of the chain. */
export interface SequencerContext {
  readonly outbox: JournalOutbox;
  readonly store: JournalStore;
  readonly keys: KeyProvider;
  readonly clock: Clock;
  readonly origin: string;
  readonly policy: JournalCheckpointPolicy;
  /** Pending entries moved per batch. */
  readonly batchSize: number;
  /** Hears errors of the polling loop and of checkpoints. */
  readonly onError: (error: unknown) => void;
  /** The leadership this instance holds, if any. */
  lease: JournalSequencerLease | undefined;
  /** The tree of the chain as far as this leader has checked it; undefined until (re)built. */
  frontier: MerkleFrontier | undefined;
  /** The hash of the last entry in `frontier`. */
  frontierHead: string;
  /** The latest stored checkpoint as this leader last saw it. */
  lastCheckpoint: CheckpointMark | undefined;
}

/**
 * The context of a new sequencer, its options checked and defaults filled in.
 *
 * @throws KabinetError `ERR_CONFIG` when the batch size or the checkpoint policy is not positive
 */
export function createSequencerContext(options: JournalSequencerOptions): SequencerContext {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH) {
    throw new KabinetError('ERR_CONFIG', `batchSize must be an integer in 1…${MAX_BATCH}`, {
      details: { batchSize: String(batchSize) },
    });
  }
  return {
    outbox: options.outbox,
    store: options.store,
    keys: options.keys,
    clock: options.clock,
    origin: options.origin ?? 'kabinet-journal',
    policy: resolveCheckpointPolicy(options.checkpoint),
    batchSize,
    onError: options.onError ?? ((): void => undefined),
    lease: undefined,
    frontier: undefined,
    frontierHead: JOURNAL_GENESIS_HASH,
    lastCheckpoint: undefined,
  };
}

/** Whether a code-carrying `KabinetError` of `code`. */
export const isCode = (error: unknown, code: string): boolean =>
  KabinetError.isInstance(error) && error.code === code;
