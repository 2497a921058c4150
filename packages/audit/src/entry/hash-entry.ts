import { leafHashOfText } from '../_lib/sha256.js';
import { canonicalizeEntry, type UnhashedJournalEntry } from './canonicalize-entry.js';

/**
 * The hash of a journal entry: hex SHA-256(0x00 ‖ canonical JSON of the entry without
 * `hash`). It is both the chain link (the next entry's `prev`) and the RFC 9162 Merkle leaf
 * hash of the entry.
 *
 * @param entry - the entry fields (a `hash` member, if present, is ignored)
 * @returns 64 lower-case hex characters
 * @example
 * ```ts
 * const entry = { ...fields, hash: hashEntry(fields) };
 * ```
 */
export function hashEntry(entry: UnhashedJournalEntry): string {
  return leafHashOfText(canonicalizeEntry(entry));
}
