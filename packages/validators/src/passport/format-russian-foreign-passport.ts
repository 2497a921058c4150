import type { RussianForeignPassportNumber } from './parse-russian-foreign-passport.js';

/**
 * Formats a checked international-passport number as printed: `NN NNNNNNN`.
 *
 * @param passport - a value returned by {@link parseRussianForeignPassport}
 * @returns the display form, read back to the same value
 * @example
 * ```ts
 * const r = parseRussianForeignPassport('751234567');
 * if (r.success) formatRussianForeignPassport(r.data); // '75 1234567'
 * ```
 */
export function formatRussianForeignPassport(passport: RussianForeignPassportNumber): string {
  return `${passport.slice(0, 2)} ${passport.slice(2)}`;
}
