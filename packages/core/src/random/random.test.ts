import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { cryptoRandom } from './random.js';

describe('cryptoRandom', () => {
  test.prop([fc.nat({ max: 256 })], { numRuns: 30 })('returns as many bytes as asked', (length) => {
    const bytes = cryptoRandom.bytes(length);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes).toHaveLength(length);
  });

  test.prop([fc.integer({ min: 1, max: 2 ** 32 })], { numRuns: 50 })(
    'returns an integer in [0, max)',
    (max) => {
      const value = cryptoRandom.int(max);
      expect(Number.isInteger(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(max);
    },
  );

  it('does not repeat itself', () => {
    const seen = new Set(
      Array.from({ length: 200 }, () => Buffer.from(cryptoRandom.bytes(16)).toString('hex')),
    );
    expect(seen.size).toBe(200);
  });
});
