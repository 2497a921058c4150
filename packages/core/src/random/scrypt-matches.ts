import { timingSafeEqual } from 'node:crypto';
import { scrypt, type ScryptCost } from './scrypt.js';

/**
 * Whether `secret` derives `expected` under `salt` and `cost`: scrypt of the stored digest's
 * length, compared in constant time. Parameters node:crypto refuses (a tampered stored hash)
 * are a mismatch, never a throw.
 *
 * @param secret - the secret to check: a string is taken as its UTF-8 bytes
 * @param salt - the stored salt
 * @param expected - the stored digest
 * @param cost - the stored N, r and p
 * @returns `true` on a match
 * @example
 * ```ts
 * const ok = await scryptMatches(password, parsed.salt, parsed.digest, parsed.cost);
 * ```
 */
export async function scryptMatches(
  secret: string | Uint8Array,
  salt: Uint8Array,
  expected: Uint8Array,
  cost: ScryptCost,
): Promise<boolean> {
  let candidate: Buffer;
  try {
    candidate = await scrypt(secret, salt, expected.length, cost);
  } catch {
    return false;
  }
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}
