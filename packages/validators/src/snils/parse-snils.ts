import { fail, issue, type IssuePath, type Result } from '@kabinet/core/result';
import { requireString } from '../_lib/normalize-input.js';
import { LAST_EXEMPT_BODY, snilsControl } from '../_lib/snils-digits.js';
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

/**
 * The check itself, on the two shapes nearly all input has — 11 digits, or the printed
 * `XXX-XXX-XXX YY` — read at fixed positions.
 * `undefined` for any other text, which is normalized first and then checked here as 11 digits.
 */
function check(t: string, path: IssuePath): Result<Snils, ValidatorIssueCode> | undefined {
  let p: number;
  if (t.length === 11) p = 0;
  else if (
    t.length === 14 &&
    t.charCodeAt(3) === 45 &&
    t.charCodeAt(7) === 45 &&
    t.charCodeAt(11) === 32
  )
    p = 1;
  else return undefined;
  // Unrolled on purpose: this is the hot path of every form submit and of bulk imports.
  const a = t.charCodeAt(0) - 48;
  const b = t.charCodeAt(1) - 48;
  const c = t.charCodeAt(2) - 48;
  const d = t.charCodeAt(3 + p) - 48;
  const e = t.charCodeAt(4 + p) - 48;
  const f = t.charCodeAt(5 + p) - 48;
  const g = t.charCodeAt(6 + 2 * p) - 48;
  const h = t.charCodeAt(7 + 2 * p) - 48;
  const i = t.charCodeAt(8 + 2 * p) - 48;
  const hi = t.charCodeAt(9 + 3 * p) - 48;
  const lo = t.charCodeAt(10 + 3 * p) - 48;
  if (
    a >>> 0 > 9 ||
    b >>> 0 > 9 ||
    c >>> 0 > 9 ||
    d >>> 0 > 9 ||
    e >>> 0 > 9 ||
    f >>> 0 > 9 ||
    g >>> 0 > 9 ||
    h >>> 0 > 9 ||
    i >>> 0 > 9 ||
    hi >>> 0 > 9 ||
    lo >>> 0 > 9
  ) {
    return undefined;
  }
  const body =
    (((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i;
  if (body === 0) return fail(issue('snils.all_zero', path));
  const control = hi * 10 + lo;
  if (body > LAST_EXEMPT_BODY) {
    const sum = 9 * a + 8 * b + 7 * c + 6 * d + 5 * e + 4 * f + 3 * g + 2 * h + i;
    const expected = snilsControl(sum);
    if (expected !== control)
      return fail(
        issue('snils.checksum', path, { expected: pad2(expected), actual: pad2(control) }),
      );
  }
  // One allocation for the printed form (slices and concatenation would make several).
  const digits = (
    p === 0
      ? t
      : String.fromCharCode(
          a + 48,
          b + 48,
          c + 48,
          d + 48,
          e + 48,
          f + 48,
          g + 48,
          h + 48,
          i + 48,
          hi + 48,
          lo + 48,
        )
  ) as Snils;
  if (
    (a === b && b === c) ||
    (b === c && c === d) ||
    (c === d && d === e) ||
    (d === e && e === f) ||
    (e === f && f === g) ||
    (f === g && g === h) ||
    (g === h && h === i)
  ) {
    // Rare: find which digit it is.
    const digit = /(\d)\1\1/.exec(digits.slice(0, 9))![1]!;
    return {
      success: true,
      data: digits,
      warnings: [issue('snils.repeated_digits', path, { digit })],
    };
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
