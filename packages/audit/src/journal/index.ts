/**
 * The journal service: `createJournal({ store, keys, clock, checkpoint })`.
 *
 * @module @kabinet/audit/journal
 */
export { createJournal } from './create-journal.js';
export type { JournalOptions } from './journal-options.js';
export { defaultCheckpointPolicy, STRICT_CHECKPOINT_POLICY } from './checkpoint-policy.js';
export type {
  Journal,
  JournalCheckpointPolicy,
  JournalVerification,
  JournalVerifyOptions,
  PayloadSummary,
  InclusionProof,
  ConsistencyProof,
  RestoreContactInput,
  RestoreIssueCode,
  RewrapSubjectKeysOptions,
  RewrapReport,
  UnreadableSubjectKey,
} from './journal-types.js';
