import { mrzCheckDigit } from '../_lib/mrz-check-digit.js';

/**
 * Computes the ICAO Doc 9303 check digit of an MRZ field: `0–9` count as 0–9, `A–Z` as
 * 10–35, the filler `<` as 0; weights 7, 3, 1 repeat from the left; the digit is the sum mod 10.
 *
 * @param value - the field as written in the MRZ (upper case, fillers included)
 * @returns the check digit 0–9, or `undefined` when a character is outside `[0-9A-Z<]`
 * @example
 * ```ts
 * computeMrzCheckDigit('520727');    // 3 (ICAO's worked example)
 * computeMrzCheckDigit('L898902C3'); // 6
 * computeMrzCheckDigit('abc');       // undefined: lower case is not MRZ
 * ```
 */
export function computeMrzCheckDigit(value: string): number | undefined {
  const digit = typeof value === 'string' ? mrzCheckDigit(value) : -1;
  return digit === -1 ? undefined : digit;
}
