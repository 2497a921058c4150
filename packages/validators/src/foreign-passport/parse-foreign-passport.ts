import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { readIdentifier } from '../_lib/read-identifier.js';
import {
  foreignPassportPatterns,
  type ForeignPassportConfidence,
  type ForeignPassportPattern,
} from './foreign-passport-patterns.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** A foreign passport number after normalization: upper-case Latin letters and digits. */
export type ForeignPassportNumber = string & {
  /** Compile-time marker only: the value at run time is a plain string. */
  readonly __brand: 'ForeignPassportNumber';
};

/** Options of {@link parseForeignPassport}. */
export interface ParseForeignPassportOptions {
  /**
   * The issuing state: ICAO code (`'UZB'`, `'D'`), ISO alpha-2 (`'UZ'`) or the MRZ form with
   * fillers (`'D<<'`), any case. Unknown or omitted: only the generic ICAO rules apply.
   */
  readonly country?: string;
  /** Confidence levels whose pattern mismatch rejects instead of warning (default none). */
  readonly rejectMismatch?: readonly ForeignPassportConfidence[];
  /** Shortest accepted number (default 5). */
  readonly minLength?: number;
  /** Longest accepted number (default 20: TD1 cards carry long numbers in the optional field). */
  readonly maxLength?: number;
  /** Path of the number in issues (default `['passport']`). */
  readonly path?: IssuePath;
  /** Path of the country in issues (default `['country']`). */
  readonly countryPath?: IssuePath;
}

const DEFAULT_PATH: IssuePath = ['passport'];
const COUNTRY_PATH: IssuePath = ['country'];
// Cyrillic letters that look like Latin ones: typed by people whose keyboard was in Russian.
const LOOKALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
};
const CYRILLIC_LOOKALIKE = /[АВЕКМНОРСТУХ]/g;
const HAS_LOOKALIKE = /[АВЕКМНОРСТУХ]/;
function indexByCode(): ReadonlyMap<string, ForeignPassportPattern> {
  const byCode = new Map<string, ForeignPassportPattern>();
  for (const entry of foreignPassportPatterns) {
    byCode.set(entry.country, entry);
    byCode.set(entry.alpha2, entry);
  }
  byCode.set('DEU', byCode.get('D')!);
  return byCode;
}
const BY_CODE = /* @__PURE__ */ indexByCode();

/**
 * Normalizes a passport number of a foreign state and checks it softly (DOC-4: other
 * countries' numbers must be accepted in their own formats). Hard rules are ICAO's: Latin
 * letters and digits only, 5–20 characters. Each known country's usual shape
 * ({@link foreignPassportPatterns}) is checked with its confidence, and a mismatch is a
 * `foreign_passport.pattern` warning, never a rejection, unless `rejectMismatch` says so.
 * Cyrillic look-alike letters (А, В, Е, К, …) are read as Latin with a warning.
 *
 * @param input - the number typed by the user (a string)
 * @param options - the issuing country, strictness and issue paths
 * @returns the compact upper-case number, or issues `input.*`, `foreign_passport.characters`,
 *   `foreign_passport.length` (`length`, `min`, `max`), `foreign_passport.country`, and
 *   `foreign_passport.pattern` (`country`, `confidence`, `example`) as a warning or an error;
 *   warning `foreign_passport.lookalike`
 * @example
 * ```ts
 * parseForeignPassport('aa 1234567', { country: 'UZB' }); // { success: true, data: 'AA1234567' }
 * parseForeignPassport('1234567', { country: 'UZ' });     // success with warning foreign_passport.pattern
 * ```
 */
export function parseForeignPassport(
  input: unknown,
  options?: ParseForeignPassportOptions,
): Result<ForeignPassportNumber, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  const min = options?.minLength ?? 5;
  const max = options?.maxLength ?? 20;
  let pattern: ForeignPassportPattern | undefined;
  const country = options?.country;
  if (country !== undefined) {
    const code = typeof country === 'string' ? country.trim().toUpperCase().replace(/<+$/, '') : '';
    if (!/^[A-Z]{1,3}$/.test(code))
      return fail(issue('foreign_passport.country', options?.countryPath ?? COUNTRY_PATH));
    pattern = BY_CODE.get(code);
  }
  const read = readIdentifier(typeof input === 'string' ? input.replace(/№/g, ' ') : input, path);
  if ('issue' in read) return fail(read.issue);
  let value = read.value.toUpperCase();
  const warnings: Issue[] = [];
  if (HAS_LOOKALIKE.test(value)) {
    value = value.replace(CYRILLIC_LOOKALIKE, (c) => LOOKALIKES[c]!);
    warnings.push(issue('foreign_passport.lookalike', path));
  }
  if (!/^[A-Z0-9]+$/.test(value)) return fail(issue('foreign_passport.characters', path));
  if (value.length < min || value.length > max)
    return fail(issue('foreign_passport.length', path, { length: value.length, min, max }));
  if (pattern !== undefined && !pattern.pattern.test(value)) {
    const problem = issue('foreign_passport.pattern', path, {
      country: pattern.country,
      confidence: pattern.confidence,
      example: pattern.example,
    });
    if (options?.rejectMismatch?.includes(pattern.confidence) === true) return fail(problem);
    warnings.push(problem);
  }
  return ok(value as ForeignPassportNumber, warnings);
}
