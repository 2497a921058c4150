import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { decimal } from './decimal.js';

describe('decimal', () => {
  test.prop([fc.maxSafeNat()])('equals String(n) for every safe non-negative integer', (n) => {
    expect(decimal(n)).toBe(String(n));
  });

  test.prop([
    fc.oneof(fc.double(), fc.integer(), fc.bigInt({ min: 0n, max: 2n ** 60n }).map(Number)),
  ])('equals String(n) for any number', (n) => {
    expect(decimal(n)).toBe(String(n));
  });

  it('equals String(n) at the edges of the split', () => {
    for (const n of [
      0,
      -0,
      9,
      99_999_999,
      1e8,
      1e8 + 1,
      1e8 + 1e7,
      199_999_999,
      1_767_225_600_000,
      1_000_000_000_000_000,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 1,
      1e21,
      1.5e8,
      -1e9,
      Number.NaN,
      Infinity,
    ]) {
      expect(decimal(n)).toBe(String(n));
    }
  });
});
