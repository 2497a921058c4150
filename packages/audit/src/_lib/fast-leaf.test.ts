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

  test.prop([looseEntryArb])('the verification path equals hashEntry for any strings (hex prev and commitment)', (e) => {
    expect(leafHashForVerify(e)).toBe(hashEntry(e));
  });
});
