import type { Random } from '@kabinet/core';
import { luhnDigit } from './_lib/luhn.js';

/**
 * A fresh confirmation number (SVC-1): `ZV-<year>-<6 random digits><Luhn check digit>`, ASCII
 * only so it survives SMS and URLs («ЗВ» is read as `ZV`). Uniqueness is the store's job (the
 * service claims it as a unique key and draws again on a clash).
 *
 * @param year - the year of the submit
 * @param random - randomness
 * @returns e.g. `ZV-2027-4820175`
 * @example
 * ```ts
 * issueConfirmationNumber(2027, createSeededRandom(1)); // 'ZV-2027-…' (7 digits, the last a check digit)
 * ```
 */
export function issueConfirmationNumber(year: number, random: Random): string {
  let digits = '';
  for (let i = 0; i < 6; i++) digits += String(random.int(10));
  return `ZV-${year}-${digits}${luhnDigit(digits)}`;
}
