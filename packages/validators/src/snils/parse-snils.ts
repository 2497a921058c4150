import { fail, issue, type IssuePath, type Result } from '@kabinet/core/result';
import { requireString } from '../_lib/normalize-input.js';
import { LAST_EXEMPT_BODY, readFixedSnilsDigits, snilsControl } from '../_lib/snils-digits.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** A checked SNILS: 11 ASCII digits without separators, e.g. `'11223344595'`. */
export type Snils = string & {
  /** Compile-time marker only: the value at run time is a plain string. */
  readonly __brand: 'Snils';
};

/** Options of {@link parseSnils}. */
export interface ParseSnilsOptions {
  /** Path reported in issues (default `['snils']`); a zod schema passes its own. */
  readonly path?: IssuePath;
}

const DEFAULT_PATH: IssuePath = ['snils'];

function pad2(n: number): string {
  return (n < 10 ? '0' : '') + n;
}

// The digits of the fixed form being checked (one buffer: no allocation per call).
const DIGITS = /* @__PURE__ */ new Uint8Array(11);

/**
 * The check itself, on the two shapes nearly all input has — 11 digits, or the printed
 * `XXX-XXX-XXX YY` — read at fixed positions.
 * `undefined` for any other text, which is normalized first and then checked here as 11 digits.
 */
function check(t: string, path: IssuePath): Result<Snils, ValidatorIssueCode> | undefined {
  const d = DIGITS;
  if (!readFixedSnilsDigits(t, d)) return undefined;
  let body = 0;
  let sum = 0;
  for (let k = 0; k < 9; k++) {
    body = body * 10 + d[k]!;
    sum += (9 - k) * d[k]!;
  }
  if (body === 0) return fail(issue('snils.all_zero', path));
  const control = d[9]! * 10 + d[10]!;
  if (body > LAST_EXEMPT_BODY) {
    const expected = snilsControl(sum);
    if (expected !== control)
      return fail(
        issue('snils.checksum', path, { expected: pad2(expected), actual: pad2(control) }),
      );
  }
  // One allocation for the printed form (slices and concatenation would make several).
  const digits = (
    t.length === 11
      ? t
      : String.fromCharCode(
          d[0]! + 48,
          d[1]! + 48,
          d[2]! + 48,
          d[3]! + 48,
          d[4]! + 48,
          d[5]! + 48,
          d[6]! + 48,
          d[7]! + 48,
          d[8]! + 48,
          d[9]! + 48,
          d[10]! + 48,
        )
  ) as Snils;
  for (let k = 0; k < 7; k++) {
    if (d[k] === d[k + 1] && d[k + 1] === d[k + 2]) {
      // Rare: the digit repeated three times in a row in the body.
      return {
        success: true,
        data: digits,
        warnings: [issue('snils.repeated_digits', path, { digit: String(d[k]) })],
      };
    }
  }
  // A literal rather than `ok()`: one function less in the smallest bundle.
  return { success: true, data: digits };
}

/**
 * Normalizes and checks a SNILS (СНИЛС, DOC-5): any separators, hidden spaces and full-width
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
export function parseSnils(
  input: unknown,
  options?: ParseSnilsOptions,
): Result<Snils, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  if (typeof input === 'string') {
    const fast = check(input, path);
    if (fast !== undefined) return fast;
  }
  // Anything else: separators removed, and for non-ASCII text full Unicode hygiene first (NFKC,
  // hidden spaces, dash variants). isSnils reads plain ASCII in place; here the regular
  // expressions keep the smallest bundle small.
  let text: string;
  if (typeof input === 'string' && /^[\d .-]*$/.test(input)) text = input;
  else {
    const read = requireString(input, path);
    if ('issue' in read) return fail(read.issue);
    text = read.value;
  }
  const digits = text.replace(/[\s.-]/g, '');
  if (digits === '') return fail(issue('input.required', path));
  if (!/^\d+$/.test(digits)) return fail(issue('snils.format', path));
  if (digits.length !== 11)
    return fail(issue('snils.length', path, { length: digits.length, expected: 11 }));
  return check(digits, path)!;
}
