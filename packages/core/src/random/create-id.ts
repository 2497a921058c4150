import { cryptoRandom, type Random } from './random.js';

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A new identifier `prefix_` + 26 Crockford base-32 characters: 10 for the time (so ids sort
 * by creation) and 16 random (80 bits).
 *
 * @param prefix - what the id names, e.g. `acc`, `pay`
 * @param now - epoch ms of creation
 * @param random - the randomness source (default: the CSPRNG)
 * @returns the id
 * @example
 * ```ts
 * createId('acc', clock.now()); // 'acc_01jd4s9x3k…'
 * ```
 */
export function createId(prefix: string, now: number, random: Random = cryptoRandom): string {
  let time = '';
  let t = Math.max(0, Math.floor(now));
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = random.bytes(10);
  let rest = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      rest += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return `${prefix}_${time}${rest}`;
}
