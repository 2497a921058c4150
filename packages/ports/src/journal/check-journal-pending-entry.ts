import { invalidArgument } from '../misuse/invalid-argument.js';
import type { JournalPendingEntry } from '../unit-of-work/journal-outbox.js';
import { checkParty, isText } from './_lib/check-party.js';
import { isSha256Hex } from './is-sha256-hex.js';

/**
 * Checks the form of an entry a unit of work is asked to enqueue for the sequencer: `ts` a
 * non-negative safe integer, `action` a string without NUL, `payloadCommitment` `null` or 64
 * lower-case hex characters, `actor` and `subject` `{ type, id }` strings without NUL, and a
 * payload, when there is one, sealed (`keyId`, `iv`, `ciphertext` strings without NUL) for an
 * entry that commits to one. The same rules as {@link checkJournalEntry}, so an entry the
 * outbox takes can always be chained. Every unit of work calls it first in `enqueue`.
 *
 * @param entry - the pending entry the caller passed
 * @returns the entry
 * @throws KabinetError `ERR_INVALID_ARGUMENT` at the first check that fails, in the order
 *   above: "malformed pending journal entry", "actor …" or "subject …", "an enqueued payload is
 *   sealed", "a payload needs an entry with a payload commitment"
 * @example
 * ```ts
 * import { checkJournalPendingEntry } from '@kabinet/ports/journal';
 * checkJournalPendingEntry(pending);                    // the entry, unchanged
 * checkJournalPendingEntry({ ...pending, ts: -1 });     // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkJournalPendingEntry(entry: JournalPendingEntry): JournalPendingEntry {
  if (typeof entry !== 'object' || entry === null)
    invalidArgument('a pending journal entry is an object');
  if (
    !Number.isSafeInteger(entry.ts) ||
    entry.ts < 0 ||
    !isText(entry.action) ||
    (entry.payloadCommitment !== null && !isSha256Hex(entry.payloadCommitment))
  ) {
    invalidArgument('malformed pending journal entry');
  }
  checkParty(entry.actor, 'actor');
  checkParty(entry.subject, 'subject');
  const p = entry.payload;
  if (p === undefined) return entry;
  if (
    typeof p !== 'object' ||
    p === null ||
    p.state !== 'sealed' ||
    !isText(p.keyId) ||
    !isText(p.iv) ||
    !isText(p.ciphertext)
  )
    invalidArgument('an enqueued payload is sealed');
  if (entry.payloadCommitment === null)
    invalidArgument('a payload needs an entry with a payload commitment');
  return entry;
}
