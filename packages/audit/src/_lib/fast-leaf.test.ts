import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { hashEntry } from '../entry/hash-entry.js';
import { leafHashForVerify, leafHashOfSafeEntry } from './fast-leaf.js';
import { hexArb, looseEntryArb, partyArb } from '../../test/fixtures/arbitraries.js';

const safeEntryArb = fc.record({
  v: fc.constant(1 as const),
  seq: fc.nat(),
  ts: fc.nat(),
  actor: partyArb,
  action: fc.stringMatching(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/),
  subject: partyArb,
  payloadCommitment: fc.option(hexArb, { nil: null }),
  prev: hexArb,
});

describe('fast leaf hashes', () => {
  test.prop([safeEntryArb])('equal hashEntry for entries checkAppendInput accepts', (e) => {
    expect(leafHashOfSafeEntry(e)).toBe(hashEntry(e));
  });

  test.prop([looseEntryArb])(
    'the verification path equals hashEntry for any strings (hex prev and commitment)',
    (e) => {
      expect(leafHashForVerify(e)).toBe(hashEntry(e));
    },
  );

  const unsafeText = fc
    .tuple(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f', '\u007f', 'é', '\ud800', '😀'),
      fc.string({ maxLength: 6 }),
    )
    .map(([a, bad, b]) => a + bad + b);
  test.prop([
    safeEntryArb,
    fc.constantFrom('action', 'actor.id', 'actor.type', 'subject.id', 'subject.type'),
    unsafeText,
  ])(
    'S-14: one string that needs escaping, in any of the five fields, takes the general path',
    (safe, field, text) => {
      const e = {
        ...safe,
        action: field === 'action' ? text : safe.action,
        actor: {
          id: field === 'actor.id' ? text : safe.actor.id,
          type: field === 'actor.type' ? text : safe.actor.type,
        },
        subject: {
          id: field === 'subject.id' ? text : safe.subject.id,
          type: field === 'subject.type' ? text : safe.subject.type,
        },
      };
      expect(leafHashForVerify(e)).toBe(hashEntry(e));
    },
  );

  test.prop([safeEntryArb, fc.maxSafeNat(), fc.maxSafeNat()])(
    'equal hashEntry for any safe seq and ts (epoch milliseconds and beyond)',
    (e, seq, ts) => {
      expect(leafHashForVerify({ ...e, seq, ts })).toBe(hashEntry({ ...e, seq, ts }));
    },
  );
});
