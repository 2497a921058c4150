import type { RussianPassportNumber } from './parse-russian-passport.js';

/**
 * Formats a checked internal-passport series and number as the portal shows it:
 * `NNNN NNNNNN` (DOC-4).
 *
 * @param passport - a value returned by {@link parseRussianPassport}
 * @returns the display form, read back by {@link parseRussianPassport} to the same value
 * @example
 * ```ts
 * const r = parseRussianPassport('45 10 123456');
 * if (r.success) formatRussianPassport(r.data); // '4510 123456'
 * ```
 */
export function formatRussianPassport(passport: RussianPassportNumber): string {
  return `${passport.slice(0, 4)} ${passport.slice(4)}`;
}
