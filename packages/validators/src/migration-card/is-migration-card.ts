import { parseMigrationCard } from './parse-migration-card.js';

/**
 * Tells whether a value is an acceptable migration card series and number (an unusual shape
 * is only a warning and does not make it invalid).
 *
 * @param input - any value
 * @returns `true` when {@link parseMigrationCard} succeeds
 * @example
 * ```ts
 * isMigrationCard('4012 3057841'); // true
 * isMigrationCard('40-12#305');    // false
 * ```
 */
export function isMigrationCard(input: unknown): boolean {
  return parseMigrationCard(input).success;
}
