import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createSeededRandom } from './create-seeded-random.js';
import type { Random } from './random.js';

type Call = { kind: 'bytes'; n: number } | { kind: 'int'; n: number };
const call: fc.Arbitrary<Call> = fc.oneof(
  fc.record({ kind: fc.constant('bytes' as const), n: fc.nat({ max: 16 }) }),
  fc.record({ kind: fc.constant('int' as const), n: fc.integer({ min: 1, max: 2 ** 32 }) }),
);
const run = (random: Random, calls: readonly Call[]): (number | number[])[] =>
  calls.map((c) => (c.kind === 'bytes' ? [...random.bytes(c.n)] : random.int(c.n)));
const seed = fc.integer({ min: 1, max: 2 ** 32 - 1 });

describe('createSeededRandom', () => {
  test.prop([fc.integer(), fc.array(call, { maxLength: 30 })])(
    'gives the same sequence for the same seed',
    (s, calls) => {
      expect(run(createSeededRandom(s), calls)).toStrictEqual(run(createSeededRandom(s), calls));
    },
  );

  test.prop([seed, seed])('gives different sequences for different seeds', (a, b) => {
    fc.pre(a !== b);
    expect(createSeededRandom(a).bytes(16)).not.toStrictEqual(createSeededRandom(b).bytes(16));
  });

  test.prop([fc.integer(), fc.integer({ min: 1, max: 2 ** 32 })])(
    'returns integers in [0, max)',
    (s, max) => {
      const random = createSeededRandom(s);
      for (let i = 0; i < 20; i++) {
        const value = random.int(max);
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(max);
      }
    },
  );

  test.prop([fc.integer(), fc.nat({ max: 64 })])('returns as many bytes as asked', (s, length) => {
    const bytes = createSeededRandom(s).bytes(length);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes).toHaveLength(length);
  });

  it('stays the same sequence from release to release (seed 42)', () => {
    const random = createSeededRandom(42);
    expect(Array.from({ length: 8 }, () => random.int(1000))).toStrictEqual(GOLDEN_42);
  });

  it('spreads bytes over all 256 values', () => {
    const seen = new Set(createSeededRandom(9).bytes(10_000));
    expect(seen.size).toBe(256);
  });
});

const GOLDEN_42 = [548, 953, 834, 63, 864, 942, 119, 212];
