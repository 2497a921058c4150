import { fail, issue, ok, type IssuePath, type Result } from '@kabinet/core/result';
import { isAsciiDigits } from '../_lib/ascii-compact.js';
import { readIdentifier } from '../_lib/read-identifier.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** A checked INN: 10 (organisation) or 12 (person) ASCII digits, e.g. `'500100732259'`. */
export type Inn = string & {
  /** Compile-time marker only: the value at run time is a plain string. */
  readonly __brand: 'Inn';
};

/** Which INNs {@link parseInn} accepts. */
export type InnKind = 'any' | 'individual' | 'legal';

/** Options of {@link parseInn}. */
export interface ParseInnOptions {
  /** `'individual'` (12 digits, persons incl. foreign citizens), `'legal'` (10 digits) or `'any'` (default). */
  readonly kind?: InnKind;
  /** Path reported in issues (default `['inn']`). */
  readonly path?: IssuePath;
}

const DEFAULT_PATH: IssuePath = ['inn'];
// Weights by digit position, zero-padded to 12 so one pass can sum all three controls at once.
const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8, 0, 0, 0];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8, 0, 0];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8, 0];
// Char codes of the digits seen, so a separated input becomes one string in one allocation.
const CODES: number[] = [48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48];

/**
 * The common case, kept apart for speed: exactly 10 or 12 ASCII digits and nothing else.
 * `undefined` for any other text, which {@link fromAscii} or the full normalization handles.
 */
function plainDigits(
  text: string,
  path: IssuePath,
  kind: InnKind | undefined,
): Result<Inn, ValidatorIssueCode> | undefined {
  const n = text.length;
  if (n !== 12 && n !== 10) return undefined;
  let a = 0;
  let b = 0;
  let any = 0;
  if (n === 12) {
    for (let i = 0; i < 11; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return undefined;
      a += W11[i]! * d;
      b += W12[i]! * d;
      any |= d;
    }
  } else {
    for (let i = 0; i < 9; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return undefined;
      a += W10[i]! * d;
      any |= d;
    }
  }
  const last = text.charCodeAt(n - 1) - 48;
  const before = text.charCodeAt(n - 2) - 48;
  if (last < 0 || last > 9 || (n === 12 && (before < 0 || before > 9))) return undefined;
  if (kind !== undefined && kind !== 'any' && (kind === 'individual') !== (n === 12)) {
    return fail(issue('inn.kind', path, { expected: kind === 'individual' ? 12 : 10, length: n }));
  }
  if ((any | last) === 0) return fail(issue('inn.all_zero', path));
  if (n === 10) {
    const expected = (a % 11) % 10;
    if (expected !== last)
      return fail(issue('inn.checksum', path, { position: 10, expected, actual: last }));
  } else {
    const expected11 = (a % 11) % 10;
    if (expected11 !== before)
      return fail(
        issue('inn.checksum', path, { position: 11, expected: expected11, actual: before }),
      );
    const expected12 = (b % 11) % 10;
    if (expected12 !== last)
      return fail(
        issue('inn.checksum', path, { position: 12, expected: expected12, actual: last }),
      );
  }
  return text.charCodeAt(0) === 48 && text.charCodeAt(1) === 48
    ? ok(text as Inn, [issue('inn.region', path, { region: '00' })])
    : ok(text as Inn);
}

/**
 * One pass over ASCII text of digits and separators (space, hyphen, dot). `undefined` when
 * another character appears, so the caller normalizes the text first.
 */
function fromAscii(
  text: string,
  path: IssuePath,
  kind: InnKind | undefined,
): Result<Inn, ValidatorIssueCode> | undefined {
  let count = 0;
  let s10 = 0;
  let s11 = 0;
  let s12 = 0;
  let d10 = 0;
  let d11 = 0;
  let d12 = 0;
  let nonZero = false;
  let separators = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      if (count < 12) {
        s10 += W10[count]! * d;
        s11 += W11[count]! * d;
        s12 += W12[count]! * d;
        if (count === 9) d10 = d;
        else if (count === 10) d11 = d;
        else if (count === 11) d12 = d;
        CODES[count] = c;
      }
      if (d !== 0) nonZero = true;
      count++;
    } else if (c === 32 || c === 45 || c === 46) {
      separators = true;
    } else {
      return undefined;
    }
  }
  if (count === 0) return undefined;
  if (count !== 10 && count !== 12) return fail(issue('inn.length', path, { length: count }));
  if (kind === 'individual' && count !== 12)
    return fail(issue('inn.kind', path, { expected: 12, length: count }));
  if (kind === 'legal' && count !== 10)
    return fail(issue('inn.kind', path, { expected: 10, length: count }));
  if (!nonZero) return fail(issue('inn.all_zero', path));
  if (count === 10) {
    const expected = (s10 % 11) % 10;
    if (expected !== d10)
      return fail(issue('inn.checksum', path, { position: 10, expected, actual: d10 }));
  } else {
    const expected11 = (s11 % 11) % 10;
    if (expected11 !== d11)
      return fail(issue('inn.checksum', path, { position: 11, expected: expected11, actual: d11 }));
    const expected12 = (s12 % 11) % 10;
    if (expected12 !== d12)
      return fail(issue('inn.checksum', path, { position: 12, expected: expected12, actual: d12 }));
  }
  const k = CODES;
  const digits = !separators
    ? text
    : count === 10
      ? String.fromCharCode(k[0]!, k[1]!, k[2]!, k[3]!, k[4]!, k[5]!, k[6]!, k[7]!, k[8]!, k[9]!)
      : String.fromCharCode(
          k[0]!,
          k[1]!,
          k[2]!,
          k[3]!,
          k[4]!,
          k[5]!,
          k[6]!,
          k[7]!,
          k[8]!,
          k[9]!,
          k[10]!,
          k[11]!,
        );
  return digits.charCodeAt(0) === 48 && digits.charCodeAt(1) === 48
    ? ok(digits as Inn, [issue('inn.region', path, { region: '00' })])
    : ok(digits as Inn);
}

/**
 * Normalizes and checks an INN (ИНН, DOC-6): 12 digits for a person (two control digits) or 10
 * for an organisation (one), check digit = (Σ wᵢ·dᵢ mod 11) mod 10. Separators, hidden spaces
 * and full-width digits are accepted; a JS number is not (it loses leading zeros). All zeros
 * pass the arithmetic but are rejected; region `00` otherwise is a warning.
 *
 * @param input - the value typed by the user
 * @param options - the accepted kind and the issue path
 * @returns the compact INN, or issues: `input.*`, `inn.format`, `inn.length` (`length`),
 *   `inn.kind` (`expected` length), `inn.all_zero`, `inn.checksum` (`position` 10/11/12,
 *   `expected`, `actual`); warning `inn.region` (`region`)
 * @example
 * ```ts
 * parseInn('7707083893');                          // success (organisation)
 * parseInn('500100732258');                        // issue inn.checksum { position: 12, expected: 9, actual: 8 }
 * parseInn('7707083893', { kind: 'individual' });  // issue inn.kind { expected: 12 }
 * ```
 */
export function parseInn(
  input: unknown,
  options?: ParseInnOptions,
): Result<Inn, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  const kind = options?.kind;
  if (typeof input === 'string') {
    const plain = plainDigits(input, path, kind);
    if (plain !== undefined) return plain;
    const fast = fromAscii(input, path, kind);
    if (fast !== undefined) return fast;
  }
  // Anything else: full Unicode hygiene (NFKC, hidden spaces, dash variants), then the same check.
  const read = readIdentifier(input, path);
  if ('issue' in read) return fail(read.issue);
  if (!isAsciiDigits(read.value)) return fail(issue('inn.format', path));
  return fromAscii(read.value, path, kind)!;
}
