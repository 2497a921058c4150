/**
 * Journal entries: RFC 8785 canonical JSON, the entry hash (chain link and Merkle leaf), the
 * salted payload commitment and the input check.
 *
 * @module @kabinet/audit/entry
 */
export { canonicalizeJson } from './canonicalize-json.js';
export { canonicalizeEntry, type UnhashedJournalEntry } from './canonicalize-entry.js';
export { hashEntry } from './hash-entry.js';
export { commitPayload } from './commit-payload.js';
export {
  checkAppendInput,
  type JournalAppendInput,
  type AppendInputIssueCode,
} from './check-append-input.js';
export type { JsonValue } from './json-value.js';
