import { parseSnils } from './parse-snils.js';

/**
 * Tells whether a value is a valid SNILS (same rules as {@link parseSnils}; warnings do not
 * make it invalid).
 *
 * @param input - any value
 * @returns `true` when {@link parseSnils} succeeds
 * @example
 * ```ts
 * isSnils('112-233-445 95'); // true
 * isSnils('112-233-445 96'); // false
 * ```
 */
export function isSnils(input: unknown): boolean {
  return parseSnils(input).success;
}
