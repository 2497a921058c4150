import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalPendingEntry } from '../unit-of-work/journal-outbox.js';
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
import { checkJournalPendingEntry } from './check-journal-pending-entry.js';

const sealed = fc.record({ state: fc.constant('sealed'), keyId: text, iv: text, ciphertext: text });
const badPayload = fc.oneof(
  fc.constantFrom(null, 'sealed', { state: 'erased', erasedAt: 1 }),
  fc.record({ state: fc.constant('sealed'), keyId: withNul, iv: text, ciphertext: text }),
  fc.record({ state: fc.constant('sealed'), keyId: text, iv: fc.constant(1), ciphertext: text }),
);

const fields = fc.record({
  ts: field(fc.nat(), badSafeNat),
  action: field(text, fc.oneof(withNul, fc.constantFrom(null, 1))),
  payloadCommitment: field(fc.option(hex64), badHex),
  actor: field(party, badParty),
  subject: field(party, badParty),
  payload: field(fc.option(sealed, { nil: undefined }), badPayload),
});

describe('checkJournalPendingEntry', () => {
  it('S-17: refuses a pending entry exactly when a field is malformed or a payload has no commitment, with the message of the first check that fails', () => {
    fc.assert(
      fc.property(fields, (f) => {
        const orphan = f.payload.value !== undefined && f.payloadCommitment.value === null;
        expectFirstRefusal(checkJournalPendingEntry, f, [
          [f.ts, f.action, f.payloadCommitment].some((x) => !x.ok) &&
            'malformed pending journal entry',
          !f.actor.ok && 'actor must be',
          !f.subject.ok && 'subject must be',
          !f.payload.ok && 'an enqueued payload is sealed',
          orphan && 'a payload needs an entry with a payload commitment',
        ]);
      }),
      { numRuns: 500 },
    );
  });

  it('names the edge cases: a non-object, a NUL in a party, an erased payload', () => {
    const pending: JournalPendingEntry = {
      ts: 0,
      actor: { type: 'account', id: 'acc_1' },
      action: 'contact.changed',
      subject: { type: 'account', id: 'acc_1' },
      payloadCommitment: null,
    };
    expect(checkJournalPendingEntry(pending)).toBe(pending);
    expect(() => checkJournalPendingEntry(null as unknown as JournalPendingEntry)).toThrow(
      'a pending journal entry is an object',
    );
    expect(() =>
      checkJournalPendingEntry({ ...pending, actor: { type: 'a\u0000', id: '1' } }),
    ).toThrow('actor must be { type, id } strings without NUL');
    expect(() =>
      checkJournalPendingEntry({ ...pending, payload: { state: 'erased', erasedAt: 1 } } as never),
    ).toThrow('an enqueued payload is sealed');
  });
});
