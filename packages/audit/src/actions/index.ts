/**
 * The typed, extensible catalogue of journal actions and their payloads.
 *
 * @module @kabinet/audit/actions
 */
export {
  JOURNAL_ACTIONS,
  RENAMED_JOURNAL_ACTIONS,
  type JournalActionCatalogue,
  type KnownJournalAction,
  type JournalAction,
  type JournalPayloadOf,
  type ContactKind,
  type ContactChangedPayload,
  type ContactRestoredPayload,
  type LoginPayload,
  type SecondFactorRequestedPayload,
  type LoginCodeSentPayload,
  type IpBlockedPayload,
  type KeysRewrappedPayload,
} from './journal-actions.js';
export { withoutUndefined, type RecordedPayload } from './recorded-payload.js';
