import type { JournalCheckpointPolicy } from './journal-types.js';

/**
 * The default checkpoint policy: a signed checkpoint every 1 000 entries or every minute
 * (signing costs about 1% of the append cost at this rate).
 */
export const defaultCheckpointPolicy: JournalCheckpointPolicy = {
  everyEntries: 1000,
  everyMs: 60_000,
};

/** A stricter policy: every 100 entries or 10 seconds, so less of the chain is ever unsigned. */
export const STRICT_CHECKPOINT_POLICY: JournalCheckpointPolicy = {
  everyEntries: 100,
  everyMs: 10_000,
};
