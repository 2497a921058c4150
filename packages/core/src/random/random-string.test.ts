import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createSeededRandom } from './create-seeded-random.js';
import { randomString } from './random-string.js';
import type { Random } from './random.js';

/** Pearson's chi-square statistic of observed counts against a uniform distribution. */
function chiSquare(text: readonly string[], alphabet: readonly string[]): number {
  const counts = new Map(alphabet.map((c) => [c, 0]));
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  const expected = text.length / alphabet.length;
  let sum = 0;
  for (const count of counts.values()) sum += (count - expected) ** 2 / expected;
  return sum;
}

// Critical values of the chi-square distribution at p = 0.001.
const CRITICAL_0_001 = { 9: 27.877, 30: 59.703 } as const;

const alphabetArb = fc
  .uniqueArray(fc.constantFrom(...'0123456789abcdefghjkmnpqrstvwxyzабвгдеёжзАБВГ😀🙂👍'), {
    minLength: 1,
    maxLength: 20,
  })
  .map((chars) => chars.join(''));

describe('randomString', () => {
  it('draws six digits by default', () => {
    expect(randomString(6)).toMatch(/^\d{6}$/);
    expect(randomString(0)).toBe('');
  });

  test.prop([fc.nat({ max: 64 }), alphabetArb, fc.integer()])(
    'is as long as asked and uses only characters of the alphabet',
    (length, alphabet, seed) => {
      const allowed = new Set(alphabet);
      const chars = [...randomString(length, alphabet, createSeededRandom(seed))];
      expect(chars).toHaveLength(length);
      for (const c of chars) expect(allowed.has(c)).toBe(true);
    },
  );

  test.prop([fc.nat({ max: 32 }), alphabetArb], { numRuns: 30 })(
    'uses only the alphabet with the CSPRNG too',
    (length, alphabet) => {
      const allowed = new Set(alphabet);
      for (const c of randomString(length, alphabet)) expect(allowed.has(c)).toBe(true);
    },
  );

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const text = randomString(50, '😀👍', createSeededRandom(3));
    const chars = [...text];
    expect(chars).toHaveLength(50);
    expect(chars.every((c) => c === '😀' || c === '👍')).toBe(true);
  });

  it('is repeatable with a seeded source', () => {
    const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
    expect(randomString(32, alphabet, createSeededRandom(7))).toBe(
      randomString(32, alphabet, createSeededRandom(7)),
    );
  });

  it.each([
    { alphabet: '0123456789', critical: CRITICAL_0_001[9] },
    { alphabet: 'abcdefghjkmnpqrstuvwxyz23456789', critical: CRITICAL_0_001[30] },
  ])(
    'draws every character of $alphabet about equally often (chi-square, p = 0.001)',
    ({ alphabet, critical }) => {
      const chars = [...alphabet];
      for (const seed of [1, 42, 2026]) {
        const text = [...randomString(chars.length * 2000, alphabet, createSeededRandom(seed))];
        expect(chiSquare(text, chars)).toBeLessThan(critical);
      }
    },
  );

  it('the chi-square check does see a biased source', () => {
    // Modulo bias: 16 values folded onto 10 make 0–5 twice as likely as 6–9.
    const seeded = createSeededRandom(5);
    const biased: Random = { bytes: seeded.bytes, int: (max) => seeded.int(16) % max };
    const text = [...randomString(20_000, '0123456789', biased)];
    expect(chiSquare(text, [...'0123456789'])).toBeGreaterThan(CRITICAL_0_001[9]);
  });
});
