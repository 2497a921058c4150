import { hash } from 'node:crypto';
import type { UnhashedJournalEntry } from '../entry/canonicalize-entry.js';
import { hashEntry } from '../entry/hash-entry.js';
import { decimal } from './decimal.js';

// Printable ASCII without `"` and `\`: such strings are their own RFC 8785 form between quotes.
const SAFE = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * The leaf hash of an entry whose strings are all known to be safe (party and action strings
 * checked by checkAppendInput, `prev` and `payloadCommitment` hex): the canonical form is
 * written without escaping. Equal to {@link hashEntry} for such entries (tested).
 */
export function leafHashOfSafeEntry(e: UnhashedJournalEntry): string {
  const { actor, subject, payloadCommitment } = e;
  return hash(
    'sha256',
    `\u0000{"action":"${e.action}","actor":{"id":"${actor.id}","type":"${actor.type}"},"payloadCommitment":${
      payloadCommitment === null ? 'null' : `"${payloadCommitment}"`
    },"prev":"${e.prev}","seq":${decimal(e.seq)},"subject":{"id":"${subject.id}","type":"${subject.type}"},"ts":${decimal(e.ts)},"v":${e.v}}`,
    'hex',
  );
}

/**
 * The leaf hash of a stored entry whose `prev` and `payloadCommitment` were already checked
 * to be hex (or null): the other five strings are each tested against the safe set (five
 * regex tests on the strings as stored, cheaper than testing their concatenation, which
 * has to be built and flattened first); if all pass the unescaped form is written, otherwise
 * the general one, so the serialisation stays injective for any input.
 */
export function leafHashForVerify(e: UnhashedJournalEntry): string {
  const { actor, subject } = e;
  return SAFE.test(e.action) &&
    SAFE.test(actor.id) &&
    SAFE.test(actor.type) &&
    SAFE.test(subject.id) &&
    SAFE.test(subject.type)
    ? leafHashOfSafeEntry(e)
    : hashEntry(e);
}
