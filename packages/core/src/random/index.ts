/**
 * Secure randomness, identifiers and constant-time comparison.
 *
 * @module @kabinet/core/random
 */
export { cryptoRandom, type Random } from './random.js';
export { randomString } from './random-string.js';
export { createId } from './create-id.js';
export { createSeededRandom } from './create-seeded-random.js';
export { timingSafeEqualStrings } from './timing-safe-equal-strings.js';
