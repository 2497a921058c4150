import { cryptoRandom, type Random } from './random.js';

/**
 * A random string of `length` characters (code points) drawn uniformly (no modulo bias) from
 * `alphabet`.
 *
 * @param length - how many characters
 * @param alphabet - the characters to draw from (default: digits)
 * @param random - the randomness source (default: the CSPRNG)
 * @returns the string
 * @example
 * ```ts
 * randomString(6); // e.g. '048213'
 * randomString(10, 'abcdefghjkmnpqrstuvwxyz23456789');
 * ```
 */
export function randomString(
  length: number,
  alphabet = '0123456789',
  random: Random = cryptoRandom,
): string {
  // Whole code points, so a character outside the BMP is never split into a lone surrogate.
  const chars = Array.from(alphabet);
  let out = '';
  for (let i = 0; i < length; i++) out += chars[random.int(chars.length)];
  return out;
}
