import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createId } from './create-id.js';
import { createSeededRandom } from './create-seeded-random.js';

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';
const ID = /^([a-z]+)_([0-9a-hjkmnp-tv-z]{10})([0-9a-hjkmnp-tv-z]{16})$/;
const MAX_TIME = 32 ** 10 - 1;

function decodeTime(id: string): number {
  const time = ID.exec(id)?.[2] ?? '';
  let value = 0;
  for (const c of time) value = value * 32 + CROCKFORD.indexOf(c);
  return value;
}

describe('createId', () => {
  it('is the prefix, an underscore and 26 Crockford base-32 characters', () => {
    expect(createId('acc', Date.UTC(2026, 0, 1))).toMatch(ID);
    expect(createId('pay', 0)).toMatch(/^pay_0000000000[0-9a-hjkmnp-tv-z]{16}$/);
  });

  test.prop([fc.integer({ min: 0, max: MAX_TIME }), fc.integer()])(
    'encodes the creation time in its first ten characters',
    (now, seed) => {
      expect(decodeTime(createId('acc', now, createSeededRandom(seed)))).toBe(now);
    },
  );

  test.prop([
    fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 48 }), { minLength: 2, maxLength: 30 }),
  ])('sorts ids created at increasing times in the same order as the times', (times) => {
    const increasing = [...times].sort((a, b) => a - b);
    const ids = increasing.map((t) => createId('acc', t));
    expect([...ids].sort()).toStrictEqual(ids);
  });

  it('gives distinct ids in the same millisecond', () => {
    const now = Date.UTC(2026, 5, 1);
    const ids = new Set(Array.from({ length: 5000 }, () => createId('ses', now)));
    expect(ids.size).toBe(5000);
  });

  test.prop([fc.integer({ min: 0, max: MAX_TIME }), fc.integer()])(
    'is repeatable with a seeded source',
    (now, seed) => {
      expect(createId('doc', now, createSeededRandom(seed))).toBe(
        createId('doc', now, createSeededRandom(seed)),
      );
    },
  );

  test.prop([fc.integer({ min: 0, max: MAX_TIME }), fc.integer(), fc.integer()])(
    'takes its 16 random characters from all 80 random bits',
    (now, a, b) => {
      fc.pre(a !== b && a >>> 0 !== b >>> 0 && (a >>> 0 || 1) !== (b >>> 0 || 1));
      const first = createId('acc', now, createSeededRandom(a));
      const second = createId('acc', now, createSeededRandom(b));
      expect(first.slice(0, 14)).toBe(second.slice(0, 14));
      expect(first.slice(14)).not.toBe(second.slice(14));
    },
  );

  it('treats negative and fractional times as whole non-negative milliseconds', () => {
    expect(decodeTime(createId('acc', -5))).toBe(0);
    expect(decodeTime(createId('acc', 1234.9))).toBe(1234);
  });
});
