import type { Clock, Random } from '@kabinet/core';
import type { JournalStore, KeyProvider } from '@kabinet/ports';
import type { JournalCheckpointPolicy } from './journal-types.js';

/** Options of `createJournal`. */
export interface JournalOptions {
  /** Where the chain, payloads, data keys and checkpoints live. */
  readonly store: JournalStore;
  /** Signing keys for checkpoints; the `journal-payload` secret wraps the subjects' data keys. */
  readonly keys: KeyProvider;
  /** The time entries and checkpoints carry. */
  readonly clock: Clock;
  /** Randomness for data keys, salts and nonces (default: the CSPRNG). */
  readonly random?: Random;
  /** Names this journal in its checkpoints (default `kabinet-journal`). */
  readonly origin?: string;
  /** When to sign checkpoints (default `defaultCheckpointPolicy`). */
  readonly checkpoint?: Partial<JournalCheckpointPolicy> & {
    /** Hears automatic checkpoints that failed (they are tried again on the next append). */
    readonly onError?: (error: unknown) => void;
  };
  /** Attempts before an append gives up under contention (default 100). */
  readonly maxAppendAttempts?: number;
}
