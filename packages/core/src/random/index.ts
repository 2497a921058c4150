/**
 * Secure randomness, identifiers, constant-time comparison and the keyed hash (HMAC-SHA-256).
 *
 * @module @kabinet/core/random
 */
export { cryptoRandom, type Random } from './random.js';
export { randomString } from './random-string.js';
export { createId } from './create-id.js';
export { createSeededRandom } from './create-seeded-random.js';
export { timingSafeEqualStrings } from './timing-safe-equal-strings.js';
export { hmacSha256, type HmacEncoding } from './hmac-sha256.js';
