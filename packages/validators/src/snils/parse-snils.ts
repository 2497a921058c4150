import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core';
import { isAsciiDigits } from '../_lib/ascii-compact.js';
import { readIdentifier } from '../_lib/read-identifier.js';

/** A checked SNILS: 11 ASCII digits without separators, e.g. `'11223344595'`. */
export type Snils = string & { readonly __brand: 'Snils' };

/** Options of {@link parseSnils}. */
export interface ParseSnilsOptions {
  /** Path reported in issues (default `['snils']`); a zod schema passes its own. */
  readonly path?: IssuePath;
}

const DEFAULT_PATH: IssuePath = ['snils'];
/** Bodies up to 001-001-998 were issued before the control number meant anything (DOC-5). */
const LAST_EXEMPT_BODY = 1_001_998;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Normalises and checks a SNILS (СНИЛС, DOC-5): any separators, hidden spaces and full-width
 * digits are accepted, the 11 digits must carry the right control number (weights 9…1, sums
 * of 100 and 101 give `00`, larger sums are taken mod 101), except for bodies up to
 * `001-001-998`, which are exempt. An all-zero number is rejected. A digit repeated three times
 * in a row in the body is only a warning (no normative source forbids it).
 *
 * @param input - the value typed by the user; must be a string (a JS number loses leading zeros)
 * @param options - the issue path
 * @returns the compact SNILS, or issues: `input.required`, `input.not_a_string`,
 *   `input.wrong_format`, `snils.format`, `snils.length` (`length`, `expected`),
 *   `snils.all_zero`, `snils.checksum` (`expected`, `actual`); warning `snils.repeated_digits` (`digit`)
 * @example
 * ```ts
 * parseSnils('112-233-445 95'); // { success: true, data: '11223344595' }
 * parseSnils('112-233-445 96'); // issue snils.checksum { expected: '95', actual: '96' }
 * parseSnils(11223344595);      // issue input.not_a_string
 * ```
 */
export function parseSnils(input: unknown, options?: ParseSnilsOptions): Result<Snils> {
  const path = options?.path ?? DEFAULT_PATH;
  let digits: string;
  if (typeof input === 'string' && input.length === 11 && isAsciiDigits(input)) {
    digits = input;
  } else {
    const read = readIdentifier(input, path);
    if ('issue' in read) return fail(read.issue);
    digits = read.value;
    if (!isAsciiDigits(digits)) return fail(issue('snils.format', path));
    if (digits.length !== 11) return fail(issue('snils.length', path, { length: digits.length, expected: 11 }));
  }
  let sum = 0;
  let body = 0;
  for (let i = 0; i < 9; i++) {
    const d = digits.charCodeAt(i) - 48;
    sum += d * (9 - i);
    body = body * 10 + d;
  }
  if (body === 0) return fail(issue('snils.all_zero', path));
  if (body > LAST_EXEMPT_BODY) {
    const expected = sum < 100 ? sum : (sum % 101) % 100;
    const actual = (digits.charCodeAt(9) - 48) * 10 + digits.charCodeAt(10) - 48;
    if (expected !== actual) return fail(issue('snils.checksum', path, { expected: pad2(expected), actual: pad2(actual) }));
  }
  let warnings: Issue[] | undefined;
  for (let i = 2; i < 9; i++) {
    const c = digits.charCodeAt(i);
    if (c === digits.charCodeAt(i - 1) && c === digits.charCodeAt(i - 2)) {
      warnings = [issue('snils.repeated_digits', path, { digit: String.fromCharCode(c) })];
      break;
    }
  }
  return ok(digits as Snils, warnings);
}
