import { fail, issue, ok, type IssuePath, type Result } from '@kabinet/core';
import { isAsciiDigits } from '../_lib/ascii-compact.js';
import { readIdentifier } from '../_lib/read-identifier.js';

/** A checked INN: 10 (organisation) or 12 (person) ASCII digits, e.g. `'500100732259'`. */
export type Inn = string & { readonly __brand: 'Inn' };

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
const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function control(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return (sum % 11) % 10;
}

/**
 * Normalises and checks an INN (ИНН, DOC-6): 12 digits for a person (two control digits) or 10
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
export function parseInn(input: unknown, options?: ParseInnOptions): Result<Inn> {
  const path = options?.path ?? DEFAULT_PATH;
  let digits: string;
  if (typeof input === 'string' && (input.length === 12 || input.length === 10) && isAsciiDigits(input)) {
    digits = input;
  } else {
    const read = readIdentifier(input, path);
    if ('issue' in read) return fail(read.issue);
    digits = read.value;
    if (!isAsciiDigits(digits)) return fail(issue('inn.format', path));
    if (digits.length !== 10 && digits.length !== 12) return fail(issue('inn.length', path, { length: digits.length }));
  }
  const length = digits.length;
  const kind = options?.kind;
  if (kind === 'individual' && length !== 12) return fail(issue('inn.kind', path, { expected: 12, length }));
  if (kind === 'legal' && length !== 10) return fail(issue('inn.kind', path, { expected: 10, length }));
  if (/^0+$/.test(digits)) return fail(issue('inn.all_zero', path));
  if (length === 10) {
    const d10 = control(digits, W10);
    const actual = digits.charCodeAt(9) - 48;
    if (d10 !== actual) return fail(issue('inn.checksum', path, { position: 10, expected: d10, actual }));
  } else {
    const d11 = control(digits, W11);
    const a11 = digits.charCodeAt(10) - 48;
    if (d11 !== a11) return fail(issue('inn.checksum', path, { position: 11, expected: d11, actual: a11 }));
    const d12 = control(digits, W12);
    const a12 = digits.charCodeAt(11) - 48;
    if (d12 !== a12) return fail(issue('inn.checksum', path, { position: 12, expected: d12, actual: a12 }));
  }
  return digits.charCodeAt(0) === 48 && digits.charCodeAt(1) === 48
    ? ok(digits as Inn, [issue('inn.region', path, { region: '00' })])
    : ok(digits as Inn);
}
