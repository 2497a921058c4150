import { issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { readPassportDigits } from './_lib/read-passport-digits.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/**
 * A checked series and number of a Russian internal passport: 10 ASCII digits, the 4-digit
 * series followed by the 6-digit number, e.g. `'4510123456'`.
 */
export type RussianPassportNumber = string & {
  /** Compile-time marker only: the value at run time is a plain string. */
  readonly __brand: 'RussianPassportNumber';
};

/** Options of {@link parseRussianPassport}. */
export interface ParseRussianPassportOptions {
  /** Path reported in issues (default `['passport']`). */
  readonly path?: IssuePath;
}

const DEFAULT_PATH: IssuePath = ['passport'];

/**
 * Normalizes and checks the series and number of a Russian internal passport, typed as
 * `NNNN NNNNNN` or `NN NN NNNNNN` (DOC-4): spaces (also hidden ones inserted by autofill),
 * dashes and `№` are dropped, full-width digits folded. There is no check digit; region `00`
 * in the series and numbers below `000101` are only warnings (low-confidence rules).
 *
 * @param input - the value typed by the user (a string)
 * @param options - the issue path
 * @returns the 10 digits, or issues `input.*`, `passport.format` (`expected`),
 *   `passport.length` (`length`, `expected`), `passport.all_zero`; warnings `passport.region`
 *   (`region`), `passport.number_range` (`number`)
 * @example
 * ```ts
 * parseRussianPassport('45 10 123456'); // { success: true, data: '4510123456' }
 * parseRussianPassport('451O123456');   // issue passport.format (letter O)
 * ```
 */
export function parseRussianPassport(
  input: unknown,
  options?: ParseRussianPassportOptions,
): Result<RussianPassportNumber, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  const read = readPassportDigits(input, path, 10, 'NNNN NNNNNN');
  if ('failure' in read) return read.failure;
  const digits = read.digits;
  const warnings: Issue[] = [];
  if (digits.startsWith('00')) warnings.push(issue('passport.region', path, { region: '00' }));
  if (Number(digits.slice(4)) < 101)
    warnings.push(issue('passport.number_range', path, { number: digits.slice(4) }));
  return ok(digits as RussianPassportNumber, warnings);
}
