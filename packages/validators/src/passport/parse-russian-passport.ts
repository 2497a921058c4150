import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { isAsciiDigits } from '../_lib/ascii-compact.js';
import { readIdentifier } from '../_lib/read-identifier.js';
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
  const read = readIdentifier(
    typeof input === 'string' ? input.replace(/№|N[oº°]/g, ' ') : input,
    path,
  );
  if ('issue' in read) return fail(read.issue);
  const digits = read.value;
  if (!isAsciiDigits(digits))
    return fail(issue('passport.format', path, { expected: 'NNNN NNNNNN' }));
  if (digits.length !== 10)
    return fail(issue('passport.length', path, { length: digits.length, expected: 10 }));
  if (/^0+$/.test(digits)) return fail(issue('passport.all_zero', path));
  const warnings: Issue[] = [];
  if (digits.startsWith('00')) warnings.push(issue('passport.region', path, { region: '00' }));
  if (Number(digits.slice(4)) < 101)
    warnings.push(issue('passport.number_range', path, { number: digits.slice(4) }));
  return ok(digits as RussianPassportNumber, warnings);
}
