/**
 * The journal port: entry, payload, data-key and checkpoint records and the append-only
 * {@link JournalStore} (gap-free and fork-free appends, queries, crypto-shredding, re-wrapping
 * data keys after a secret rotation), and the form check every adapter runs on an append.
 *
 * @module @kabinet/ports/journal
 */
export { JOURNAL_GENESIS_HASH } from './journal-records.js';
export { isSha256Hex } from './is-sha256-hex.js';
export { checkJournalEntry } from './check-journal-entry.js';
export { checkJournalPendingEntry } from './check-journal-pending-entry.js';
export type {
  JournalParty,
  JournalEntry,
  JournalSealedPayload,
  JournalErasedPayload,
  JournalPayloadRecord,
  JournalSubjectKey,
  JournalSubjectKeyFilter,
  JournalErasure,
  JournalCheckpointRecord,
  JournalQuery,
} from './journal-records.js';
export type { JournalStore } from './journal-store.js';
