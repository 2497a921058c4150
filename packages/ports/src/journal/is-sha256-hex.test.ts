import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSha256Hex } from './is-sha256-hex.js';
import { JOURNAL_GENESIS_HASH } from './journal-records.js';

const HEX64 = /^[0-9a-f]{64}$/;
const hex64 = fc.string({
  unit: fc.constantFrom(...'0123456789abcdef'),
  minLength: 64,
  maxLength: 64,
});
/** A 64-character hex string with one character replaced by any code unit (often a near miss). */
const nearMiss = fc.tuple(
  hex64,
  fc.nat(63),
  fc.oneof(
    fc.integer({ min: 0, max: 0xffff }),
    fc.constantFrom(0x2f, 0x3a, 0x40, 0x41, 0x46, 0x60, 0x67, 0x130, 0x161, 0x3030),
  ),
);

describe('isSha256Hex', () => {
  it('agrees with /^[0-9a-f]{64}$/ on hex strings, near misses and arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hex64,
          nearMiss.map(
            ([h, at, code]) => h.slice(0, at) + String.fromCharCode(code) + h.slice(at + 1),
          ),
          fc.string({ minLength: 60, maxLength: 68 }),
          fc.anything(),
        ),
        (value) => {
          expect(isSha256Hex(value)).toBe(typeof value === 'string' && HEX64.test(value));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('names the edge cases: the genesis hash, upper case, wide characters whose low byte is a digit, lengths 63 and 65', () => {
    expect(isSha256Hex(JOURNAL_GENESIS_HASH)).toBe(true);
    expect(isSha256Hex('AB'.repeat(32))).toBe(false);
    expect(isSha256Hex('\u0130' + '0'.repeat(63))).toBe(false);
    expect(isSha256Hex('0'.repeat(63))).toBe(false);
    expect(isSha256Hex('0'.repeat(65))).toBe(false);
    expect(isSha256Hex(null)).toBe(false);
  });
});
