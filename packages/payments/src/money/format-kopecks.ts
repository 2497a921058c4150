import type { Locale } from '@kabinet/core';
import { kopecksToDecimal } from './kopecks-to-decimal.js';

function group(whole: string, separator: string): string {
  let out = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += separator;
    out += whole[i];
  }
  return out;
}

/**
 * Formats integer kopecks for people: `1 500,00 ₽` in Russian (no-break spaces between
 * thousands), `RUB 1,500.00` in English. String arithmetic only.
 *
 * @param kopecks - a safe integer ≥ 0
 * @param locale - `'ru'` or `'en'`
 * @returns the formatted amount
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `kopecks` is not a safe integer ≥ 0
 * @example
 * ```ts
 * formatKopecks(150000, 'ru'); // '1 500,00 ₽'
 * formatKopecks(150000, 'en'); // 'RUB 1,500.00'
 * ```
 */
export function formatKopecks(kopecks: number, locale: Locale): string {
  const [whole, fraction] = kopecksToDecimal(kopecks).split('.') as [string, string];
  return locale === 'ru'
    ? `${group(whole, '\u00A0')},${fraction}\u00A0₽`
    : `RUB ${group(whole, ',')}.${fraction}`;
}
