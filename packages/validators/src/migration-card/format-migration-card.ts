import type { MigrationCardNumber } from './parse-migration-card.js';

/**
 * Formats a migration card's series and number: `NNNN NNNNNNN` when it has the usual shape
 * (4-digit series + 6 or 7 digits), otherwise unchanged.
 *
 * @param card - a value returned by {@link parseMigrationCard}
 * @returns the display form; {@link parseMigrationCard} reads it back to the same value
 * @example
 * ```ts
 * const r = parseMigrationCard('40123057841');
 * if (r.success) formatMigrationCard(r.data); // '4012 3057841'
 * ```
 */
export function formatMigrationCard(card: MigrationCardNumber): string {
  return /^\d{10,11}$/.test(card) ? `${card.slice(0, 4)} ${card.slice(4)}` : card;
}
