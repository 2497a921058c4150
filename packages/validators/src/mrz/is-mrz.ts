import { parseMrz } from './parse-mrz.js';

/**
 * Tells whether a value is a machine-readable zone whose layout and check digits all hold.
 *
 * @param input - the MRZ as a string or an array of lines
 * @returns `true` when {@link parseMrz} succeeds
 * @example
 * ```ts
 * isMrz(['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<']); // true
 * ```
 */
export function isMrz(input: unknown): boolean {
  return parseMrz(input).success;
}
