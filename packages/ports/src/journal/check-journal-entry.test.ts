import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInvalidArgument } from '../_lib/expect-invalid-argument.js';
import {
  expectFirstRefusal,
  badHex,
  badParty,
  badSafeNat,
  field,
  hex64,
  party,
  text,
  withNul,
} from './_lib/journal-arbitraries.js';
import { checkJournalEntry } from './check-journal-entry.js';
import { JOURNAL_GENESIS_HASH, type JournalEntry } from './journal-records.js';

const fields = fc.record({
  v: field(fc.constant(1), fc.constantFrom(0, 2, '1', null)),
  seq: field(fc.nat(), badSafeNat),
  ts: field(fc.nat(), badSafeNat),
  action: field(text, fc.oneof(withNul, fc.constantFrom(null, 1))),
  prev: field(fc.oneof(hex64, text), fc.oneof(withNul, fc.constantFrom(null, 1))),
  hash: field(hex64, badHex),
  payloadCommitment: field(fc.option(hex64), badHex),
  actor: field(party, badParty),
  subject: field(party, badParty),
});

describe('checkJournalEntry', () => {
  it('S-17: refuses an entry exactly when a field is malformed, with the message of the first group that fails (form, hashes, actor, subject)', () => {
    fc.assert(
      fc.property(fields, (f) => {
        expectFirstRefusal(checkJournalEntry, f, [
          [f.v, f.seq, f.ts, f.action].some((x) => !x.ok) && 'malformed journal entry',
          [f.hash, f.prev, f.payloadCommitment].some((x) => !x.ok) && 'journal entry hashes',
          !f.actor.ok && 'actor must be',
          !f.subject.ok && 'subject must be',
        ]);
      }),
      { numRuns: 500 },
    );
  });

  it('names the edge cases: the genesis entry, a non-object, a NUL in the action, an upper-case hash, the details', () => {
    const genesis: JournalEntry = {
      v: 1,
      seq: 0,
      ts: 0,
      actor: { type: 'account', id: 'acc_1' },
      action: 'account.registered',
      subject: { type: 'account', id: 'acc_1' },
      payloadCommitment: null,
      prev: JOURNAL_GENESIS_HASH,
      hash: JOURNAL_GENESIS_HASH,
    };
    expect(checkJournalEntry(genesis)).toBe(genesis);
    expectInvalidArgument(() => checkJournalEntry(null as unknown as JournalEntry));
    expect(() => checkJournalEntry({ ...genesis, action: 'a\u0000b' })).toThrow(
      expect.objectContaining({ details: { seq: '0' } }),
    );
    expect(() => checkJournalEntry({ ...genesis, seq: 3, hash: 'AB'.repeat(32) })).toThrow(
      expect.objectContaining({ details: { seq: 3 } }),
    );
    expect(() =>
      checkJournalEntry({ ...genesis, subject: { type: 'account', id: 'a\u0000' } }),
    ).toThrow('subject must be { type, id } strings without NUL');
  });
});
