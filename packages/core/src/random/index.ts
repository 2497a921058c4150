/**
 * Secure randomness, identifiers, constant-time comparison, the keyed hash (HMAC-SHA-256) and
 * the key-derivation function behind stored hashes (scrypt).
 *
 * @module @kabinet/core/random
 */
export { cryptoRandom, type Random } from './random.js';
export { randomString } from './random-string.js';
export { createId } from './create-id.js';
export { createSeededRandom } from './create-seeded-random.js';
export { timingSafeEqualStrings } from './timing-safe-equal-strings.js';
export { hmacSha256, type HmacEncoding } from './hmac-sha256.js';
export { scrypt, type ScryptCost } from './scrypt.js';
export { scryptMatches } from './scrypt-matches.js';
