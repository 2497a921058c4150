import { cryptoRandom, type Clock, type Random } from '@kabinet/core';
import {
  JOURNAL_GENESIS_HASH,
  type JournalEntry,
  type JournalStore,
  type KeyProvider,
} from '@kabinet/ports';
import { resolveCheckpointPolicy, type CheckpointMark } from '../../_lib/checkpoint-schedule.js';
import { Lru } from '../../_lib/lru.js';
import { createSerial } from '../../_lib/serial.js';
import type { DataKey } from '../../_lib/subject-data-key.js';
import type { MerkleFrontier } from '../../merkle/create-merkle-frontier.js';
import type { JournalOptions } from '../journal-options.js';
import type { JournalCheckpointPolicy } from '../journal-types.js';
import { createProofTree, type ProofTree } from './proof-tree.js';

/** Entries read per store call when the journal walks the chain. */
export const READ_BATCH = 4096;

/**
 * What one journal instance holds: its dependencies, the settings resolved from its options,
 * and the caches its operations share (the head, the Merkle frontier, the latest checkpoint,
 * the unwrapped data keys).
 */
export interface JournalContext {
  readonly store: JournalStore;
  readonly keys: KeyProvider;
  readonly clock: Clock;
  readonly random: Random;
  readonly origin: string;
  readonly policy: JournalCheckpointPolicy;
  /** Hears automatic checkpoints that failed. */
  readonly onError: (error: unknown) => void;
  /** Attempts before an append or a re-wrap gives up under contention. */
  readonly maxAttempts: number;
  /** Runs appends and checkpoints one at a time. */
  readonly serial: <T>(task: () => Promise<T>) => Promise<T>;
  /** Unwrapped data keys by `partyKey(subject)`. */
  readonly dataKeys: Lru<string, DataKey>;
  /** The chain as a Merkle tree, its complete subtrees cached, for proofs. */
  readonly proofs: ProofTree;
  /** The chain's last entry as this instance last saw it (valid while `headKnown`). */
  head: JournalEntry | undefined;
  headKnown: boolean;
  /** The Merkle tree of the chain as far as it was checked; `undefined` until first needed. */
  frontier: MerkleFrontier | undefined;
  /** The hash of the last entry in `frontier`. */
  frontierHead: string;
  /** The latest stored checkpoint (valid while `lastCheckpointKnown`). */
  lastCheckpoint: CheckpointMark | undefined;
  lastCheckpointKnown: boolean;
}

/**
 * The context of a new journal, its options checked and defaults filled in.
 *
 * @throws KabinetError `ERR_CONFIG` when the checkpoint policy is not positive
 */
export function createJournalContext(options: JournalOptions): JournalContext {
  const policy = resolveCheckpointPolicy(options.checkpoint);
  return {
    store: options.store,
    keys: options.keys,
    clock: options.clock,
    random: options.random ?? cryptoRandom,
    origin: options.origin ?? 'kabinet-journal',
    policy,
    onError: options.checkpoint?.onError ?? ((): void => undefined),
    maxAttempts: options.maxAppendAttempts ?? 100,
    serial: createSerial(),
    dataKeys: new Lru<string, DataKey>(1024),
    proofs: createProofTree(options.store, READ_BATCH),
    head: undefined,
    headKnown: false,
    frontier: undefined,
    frontierHead: JOURNAL_GENESIS_HASH,
    lastCheckpoint: undefined,
    lastCheckpointKnown: false,
  };
}

/** The number of entries in the chain, read from the store's head. */
export async function chainSize(ctx: Pick<JournalContext, 'store'>): Promise<number> {
  const last = await ctx.store.head();
  return last === undefined ? 0 : last.seq + 1;
}
