import type { JournalEntry } from '@kabinet/ports';

/** A journal entry before its hash is computed. */
export type UnhashedJournalEntry = Omit<JournalEntry, 'hash'>;

// Strings of printable ASCII without `"` or `\\` serialise as themselves in quotes (RFC 8785 §3.2.2.2);
// testing that is about twice as fast as JSON.stringify, which handles every other string.
const SAFE = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
const str = (s: string): string => (SAFE.test(s) ? `"${s}"` : JSON.stringify(s));

/**
 * The RFC 8785 canonical JSON of a journal entry without its `hash`, written by hand for the
 * fixed entry shape (keys already in code-unit order). It equals {@link canonicalizeJson} of
 * the same fields for every well-formed entry (tested against an independent RFC 8785
 * implementation) and is several times faster.
 *
 * @param entry - the entry fields (a `hash` member, if present, is ignored)
 * @returns the canonical JSON text that is hashed into the entry's leaf hash
 * @example
 * ```ts
 * canonicalizeEntry({ v: 1, seq: 0, ts: 0, actor: { type: 'system', id: 'sys' }, action: 'x.y',
 *   subject: { type: 'account', id: 'acc_1' }, payloadCommitment: null, prev: JOURNAL_GENESIS_HASH });
 * // '{"action":"x.y","actor":{"id":"sys","type":"system"},"payloadCommitment":null,…,"v":1}'
 * ```
 */
export function canonicalizeEntry(entry: UnhashedJournalEntry): string {
  const { actor, subject, payloadCommitment } = entry;
  // One template literal: V8 builds it with fewer intermediate strings than a chain of `+`.
  return `{"action":${str(entry.action)},"actor":{"id":${str(actor.id)},"type":${str(actor.type)}},"payloadCommitment":${
    payloadCommitment === null ? 'null' : str(payloadCommitment)
  },"prev":${str(entry.prev)},"seq":${entry.seq},"subject":{"id":${str(subject.id)},"type":${str(subject.type)}},"ts":${entry.ts},"v":${entry.v}}`;
}
