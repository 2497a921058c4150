import { invalidArgument } from '../misuse/invalid-argument.js';
import { checkParty, isText } from './_lib/check-party.js';
import { isSha256Hex } from './is-sha256-hex.js';
import type { JournalEntry } from './journal-records.js';

/**
 * Checks the form of a chain entry a `JournalStore` is asked to store: `v` 1, `seq` and
 * `ts` non-negative safe integers, `action` and `prev` strings without NUL, `hash` (and
 * `payloadCommitment` unless `null`) 64 lower-case hex characters, `actor` and `subject`
 * `{ type, id }` strings without NUL. Its place in the chain (`seq` next, `prev` the last
 * hash) is the store's to decide. Every journal adapter calls it first on an append.
 *
 * @param entry - the entry the caller passed
 * @returns the entry
 * @throws KabinetError `ERR_INVALID_ARGUMENT` at the first check that fails, in the order
 *   above: "malformed journal entry" (`details.seq` as a string), "journal entry hashes are 64
 *   lower-case hex characters" (`details.seq`), "actor …" or "subject …"
 * @example
 * ```ts
 * import { checkJournalEntry } from '@kabinet/ports/journal';
 * checkJournalEntry(entry);                      // the entry, unchanged
 * checkJournalEntry({ ...entry, seq: -1 });      // throws ERR_INVALID_ARGUMENT
 * checkJournalEntry({ ...entry, hash: 'AB' });   // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkJournalEntry(entry: JournalEntry): JournalEntry {
  const e = entry;
  if (typeof e !== 'object' || e === null) invalidArgument('a journal entry is an object');
  if (
    e.v !== 1 ||
    !Number.isSafeInteger(e.seq) ||
    e.seq < 0 ||
    !Number.isSafeInteger(e.ts) ||
    e.ts < 0 ||
    !isText(e.action)
  ) {
    invalidArgument('malformed journal entry', { seq: String(e.seq) });
  }
  // `prev` is compared with the last stored hash before anything is written, so only `hash`
  // and the commitment need the hex form here.
  if (
    !isSha256Hex(e.hash) ||
    !isText(e.prev) ||
    (e.payloadCommitment !== null && !isSha256Hex(e.payloadCommitment))
  ) {
    invalidArgument('journal entry hashes are 64 lower-case hex characters', { seq: e.seq });
  }
  checkParty(e.actor, 'actor');
  checkParty(e.subject, 'subject');
  return e;
}
