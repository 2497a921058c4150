import { fail, issue, ok, type IssuePath, type Result } from '@kabinet/core';
import { isDigits, readIdentifier } from '../_lib/read-text.js';
import { computeUinCheckDigit } from './compute-uin-check-digit.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/** A checked УИН: 20 or 25 characters without separators. */
export type Uin = string & {
  /** Compile-time marker only: the value at run time is a plain string. */
  readonly __brand: 'Uin';
};

/**
 * Options of {@link parseUin}.
 *
 * @example
 * ```ts
 * parseUin(form.uin, { path: ['accrual', 'uin'] });
 * ```
 */
export interface ParseUinOptions {
  /** Path reported in issues (default `['uin']`). */
  readonly path?: IssuePath;
}

const ALNUM_20 = /^[0-9A-Z]{20}$/;

/**
 * Normalizes and checks a GIS GMP УИН (уникальный идентификатор начисления): spaces, dashes
 * and invisible characters are removed, full-width digits folded. 25 characters must be
 * digits; 20 characters may contain Latin letters (schema `\w{20}`). An all-digit УИН must
 * carry the right check digit (see {@link computeUinCheckDigit}). How letters count in the
 * check is not documented, so a УИН with letters passes with the warning
 * `uin.check_digit_unverified`.
 *
 * @param input - the УИН as typed or received; must be a string
 * @param options - the issue path
 * @returns the compact УИН (Latin letters upper-cased), or issues `input.required`,
 *   `input.not_a_string`, `input.wrong_format`, `uin.length` (`length`), `uin.characters`,
 *   `uin.all_zero`, `uin.checksum` (`expected`, `actual`)
 * @example
 * ```ts
 * parseUin('3211 7072 4110 2158 8933'); // { success: true, data: '32117072411021588933' }
 * parseUin('32117072411021588934');     // issue uin.checksum { expected: 3, actual: 4 }
 * ```
 */
export function parseUin(
  input: unknown,
  options?: ParseUinOptions,
): Result<Uin, PaymentsIssueCode> {
  const path = options?.path ?? ['uin'];
  const read = readIdentifier(input, path);
  if ('issue' in read) return fail(read.issue);
  const value = read.value.toUpperCase();
  if (value.length !== 20 && value.length !== 25)
    return fail(issue('uin.length', path, { length: value.length }));
  const digits = isDigits(value);
  if (!digits && (value.length === 25 || !ALNUM_20.test(value)))
    return fail(issue('uin.characters', path));
  if (/^0+$/.test(value)) return fail(issue('uin.all_zero', path));
  if (!digits) return ok(value as Uin, [issue('uin.check_digit_unverified', path)]);
  const expected = computeUinCheckDigit(value.slice(0, -1));
  const actual = value.charCodeAt(value.length - 1) - 48;
  if (expected !== actual) return fail(issue('uin.checksum', path, { expected, actual }));
  return ok(value as Uin);
}
