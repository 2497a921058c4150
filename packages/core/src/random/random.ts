import { randomBytes as nodeRandomBytes, randomInt } from 'node:crypto';

/**
 * The source of randomness. Domain code never calls `Math.random`; it asks a `Random`
 * (a CSPRNG in production, a seeded one in tests that need repeatable values).
 *
 * @example
 * ```ts
 * const random: Random = cryptoRandom;
 * random.bytes(32);
 * ```
 */
export interface Random {
  /** `length` random bytes. */
  bytes(length: number): Uint8Array;
  /** A uniformly distributed integer in `[0, maxExclusive)`. */
  int(maxExclusive: number): number;
}

/**
 * The operating system's CSPRNG (`node:crypto`).
 *
 * @example
 * ```ts
 * cryptoRandom.int(10); // 0..9
 * ```
 */
export const cryptoRandom: Random = {
  bytes: (length) => new Uint8Array(nodeRandomBytes(length)),
  int: (maxExclusive) => randomInt(maxExclusive),
};
