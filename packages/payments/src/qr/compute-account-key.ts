import { KabinetError } from '@kabinet/core';

const WEIGHTS = [7, 1, 3] as const;
// Clearing-currency accounts carry a letter in position 6; the CBR order values it so.
const LETTER_VALUES: Readonly<Record<string, number>> = {
  A: 0,
  B: 1,
  C: 2,
  E: 3,
  H: 4,
  K: 5,
  M: 6,
  P: 7,
  T: 8,
  X: 9,
};
const ACCOUNT = /^\d{5}[\dABCEHKMPTX]\d{14}$/;

/**
 * Where an account is held, which decides the 3-digit prefix of the key computation:
 * `credit_institution` — BIK digits 7–9; `settlement_centre` — `0` + BIK digits 5–6 (accounts
 * opened at the Bank of Russia: correspondent accounts `30101…`, the single treasury account
 * `40102…`).
 *
 * @example
 * ```ts
 * const place: AccountPlace = 'settlement_centre';
 * ```
 */
export type AccountPlace = 'credit_institution' | 'settlement_centre';

/**
 * The control key (9th digit) of a 20-character Russian bank account (CBR order No. 515 of
 * 08.09.1997): prefix (3 digits, see {@link AccountPlace}) + account with the key set to 0,
 * weights 7 1 3 repeating, the last digits of the products summed; key = (last digit of the
 * sum × 3) mod 10.
 *
 * @param account - 20 characters; position 6 may be a clearing-currency letter
 * @param bik - the BIK, 9 digits
 * @param place - where the account is held
 * @returns the key digit, 0–9
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when the account or BIK is malformed
 * @example
 * ```ts
 * computeAccountKey('30101810800000000746', '049805000', 'settlement_centre'); // 8
 * computeAccountKey('40702810138250123017', '044525225', 'credit_institution'); // 1
 * ```
 */
export function computeAccountKey(account: string, bik: string, place: AccountPlace): number {
  if (!ACCOUNT.test(account) || !/^\d{9}$/.test(bik)) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      'an account is 20 characters and a BIK 9 digits',
    );
  }
  const prefix = place === 'credit_institution' ? bik.slice(6, 9) : `0${bik.slice(4, 6)}`;
  const digits = `${prefix}${account.slice(0, 8)}0${account.slice(9)}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const ch = digits[i]!;
    const value = LETTER_VALUES[ch] ?? ch.charCodeAt(0) - 48;
    sum += (value * WEIGHTS[i % 3]!) % 10;
  }
  return ((sum % 10) * 3) % 10;
}
