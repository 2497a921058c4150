import {
  NOT_PLAIN_ASCII,
  readSnilsDigits,
  readFixedSnilsDigits,
  snilsDigitsValid,
} from '../_lib/snils-digits.js';
import { parseSnils } from './parse-snils.js';

const SCRATCH = /* @__PURE__ */ new Uint8Array(11);

/**
 * Tells whether a value is a valid SNILS: the same rules and the same verdict as
 * {@link parseSnils} (warnings do not make it invalid), without building a result — plain
 * ASCII input is checked in place with no allocation, so filtering a bulk import is cheap.
 *
 * @param input - any value
 * @returns `true` when {@link parseSnils} succeeds
 * @example
 * ```ts
 * isSnils('112-233-445 95'); // true
 * isSnils('11223344595');    // true
 * isSnils('112-233-445 96'); // false
 * isSnils(11223344595);      // false: a number has lost its leading zeros
 * ```
 */
export function isSnils(input: unknown): boolean {
  if (typeof input !== 'string') return false;
  if (readFixedSnilsDigits(input, SCRATCH)) return snilsDigitsValid(SCRATCH);
  const count = readSnilsDigits(input, SCRATCH);
  // Unicode spaces, full-width digits, dash variants: the full hygiene of parseSnils.
  if (count === NOT_PLAIN_ASCII) return parseSnils(input).success;
  return count === 11 && snilsDigitsValid(SCRATCH);
}
