import type { Random } from './random.js';

/**
 * A deterministic {@link Random} (xoshiro128**) for tests and benchmarks that need
 * repeatable values. Never use it for secrets.
 *
 * @param seed - any 32-bit integer
 * @returns the seeded source
 * @example
 * ```ts
 * const random = createSeededRandom(42);
 * random.int(100); // the same number on every run
 * ```
 */
export function createSeededRandom(seed: number): Random {
  let a = seed >>> 0 || 1;
  let b = 0x9e3779b9;
  let c = 0x243f6a88;
  let d = 0xb7e15162;
  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  for (let i = 0; i < 8; i++) next();
  return {
    bytes(length) {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i++) out[i] = next() & 0xff;
      return out;
    },
    int(maxExclusive) {
      return Math.floor((next() / 0x1_0000_0000) * maxExclusive);
    },
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
