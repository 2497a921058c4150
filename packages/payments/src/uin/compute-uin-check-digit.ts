import { KabinetError } from '@kabinet/core';
import { isDigits } from '../_lib/read-text.js';

function remainder(body: string, shift: number): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (body.charCodeAt(i) - 48) * (((i + shift) % 10) + 1);
  return sum % 11;
}

/**
 * The check digit of a GIS GMP УИН over its first 19 (or 24) digits: weights 1, 2, …, 10
 * repeating from the left, remainder of the sum by 11; a remainder of 10 repeats the sum
 * with the weights shifted by two (3, 4, …, 10, 1, 2, …); a second 10 gives 0.
 *
 * @param body - the digits before the check digit (19 or 24 ASCII digits)
 * @returns the check digit, 0–9
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `body` is not 19 or 24 ASCII digits
 * @example
 * ```ts
 * computeUinCheckDigit('3211707241102158893'); // 3
 * computeUinCheckDigit('1881000000000000001'); // 5 (first pass gives 10)
 * ```
 */
export function computeUinCheckDigit(body: string): number {
  if (!isDigits(body) || (body.length !== 19 && body.length !== 24)) {
    throw new KabinetError('ERR_INVALID_ARGUMENT', 'a UIN body is 19 or 24 ASCII digits');
  }
  const first = remainder(body, 0);
  if (first < 10) return first;
  const second = remainder(body, 2);
  return second < 10 ? second : 0;
}
