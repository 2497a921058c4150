import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { hasCyrillic, icaoTransliterate, typedNameSpellings } from '../_lib/mrz-names.js';
import { cleanText, compactIdentifier } from '../_lib/normalize-input.js';
import { parseStrictDate, partsToIso } from '../_lib/parse-strict-date.js';
import type { Mrz } from '../mrz/mrz-types.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** Fields a person typed from the same document, to be compared with its MRZ. */
export interface MrzTypedFields {
  /** Document number as typed (for a Russian internal passport: series and number). */
  readonly documentNumber?: string;
  /** Surname, in Latin letters as in the passport (Cyrillic is compared only as a hint). */
  readonly surname?: string;
  /** Given names (and patronymic), as in the passport. */
  readonly givenNames?: string;
  /** Birth date `ДД.ММ.ГГГГ` or `YYYY-MM-DD`. */
  readonly birthDate?: string;
  /** Expiry date `ДД.ММ.ГГГГ` or `YYYY-MM-DD`. */
  readonly expiryDate?: string;
  /** `'male'`, `'female'`, `'M'` or `'F'`. */
  readonly sex?: string;
  /** Nationality code (ICAO, e.g. `UZB`). */
  readonly nationality?: string;
}

/** Options of {@link crossCheckMrz}. */
export interface CrossCheckMrzOptions {
  /** Prefix of the paths of issues (each issue's path ends with the typed field's name). */
  readonly path?: IssuePath;
}

const CYRILLIC_YO = /Ё/g;

function cyrillicWords(text: string): string {
  return cleanText(text)
    .toUpperCase()
    .replace(CYRILLIC_YO, 'Е')
    .replace(/[^А-ЯA-Z0-9]+/g, ' ')
    .trim();
}

/** Compares one typed name part; returns the issue (error or warning) to report, if any. */
function compareName(
  field: 'surname' | 'givenNames',
  typed: string,
  mrz: Mrz,
  path: IssuePath,
): { error?: Issue<ValidatorIssueCode>; warning?: Issue<ValidatorIssueCode> } {
  const inMrz = field === 'surname' ? mrz.surname : mrz.givenNames;
  if (hasCyrillic(typed)) {
    // Cyrillic can only be compared through a transliteration the holder may not have used.
    const decoded = mrz.russianPassport === undefined ? undefined : mrz.russianPassport[field];
    const same =
      decoded !== undefined
        ? cyrillicWords(typed) === cyrillicWords(decoded)
        : cleanText(icaoTransliterate(cleanText(typed).toUpperCase()))
            .replace(/[^A-Z0-9]+/g, ' ')
            .trim() === inMrz;
    return same ? {} : { warning: issue('mrz.name_transliteration', [...path, field], { field }) };
  }
  const spellings = typedNameSpellings(typed);
  const same = spellings.some((s) => (mrz.nameTruncated ? s.startsWith(inMrz) : s === inMrz));
  if (same) return {};
  const problem = issue('mrz.mismatch', [...path, field], { field });
  // ICAO lets issuers abbreviate cut names in several ways: only a hint then.
  return mrz.nameTruncated ? { warning: problem } : { error: problem };
}

/**
 * Cross-checks fields typed from a document against its parsed MRZ (DOC-8: the name must
 * match the passport exactly). Latin names are reduced to MRZ letters first (upper case,
 * apostrophes dropped, hyphens and spaces as separators, `Ü` as `UE` or `U`); a difference
 * is a `mrz.mismatch` error, except for a cut (truncated) MRZ name, where it is a warning.
 * Cyrillic names can only be compared through a transliteration, so a difference there is the
 * warning `mrz.name_transliteration`. Dates compare day, month and the two-digit year.
 *
 * @param mrz - the MRZ as returned by `parseMrz`
 * @param typed - the typed fields; absent fields are not compared
 * @param options - the path prefix of issues
 * @returns the same MRZ, or `mrz.mismatch` issues (`field`) with the path of each differing
 *   field and `input.wrong_format` for an unreadable typed date
 * @example
 * ```ts
 * const r = parseMrz(lines);
 * if (r.success) crossCheckMrz(r.data, { surname: 'Eriksson', givenNames: 'Anna Maria', birthDate: '12.08.1974' });
 * ```
 */
export function crossCheckMrz(
  mrz: Mrz,
  typed: MrzTypedFields,
  options?: CrossCheckMrzOptions,
): Result<Mrz, ValidatorIssueCode> {
  const path = options?.path ?? [];
  const errors: Issue<ValidatorIssueCode>[] = [];
  const warnings: Issue[] = [];
  const mismatch = (field: string): void => {
    errors.push(issue('mrz.mismatch', [...path, field], { field }));
  };

  if (typeof typed.documentNumber === 'string') {
    const number = compactIdentifier(typed.documentNumber.replace(/№/g, ' ')).toUpperCase();
    const russian = mrz.russianPassport;
    const matches =
      number === mrz.documentNumber ||
      (russian !== undefined && number === russian.series + russian.number);
    if (!matches) mismatch('documentNumber');
  }
  for (const field of ['surname', 'givenNames'] as const) {
    const value = typed[field];
    if (typeof value !== 'string') continue;
    const found = compareName(field, value, mrz, path);
    if (found.error !== undefined) errors.push(found.error);
    if (found.warning !== undefined) warnings.push(found.warning);
  }
  for (const field of ['birthDate', 'expiryDate'] as const) {
    const value = typed[field];
    if (typeof value !== 'string') continue;
    const parsed = parseStrictDate(value);
    if (!parsed.ok) {
      errors.push(issue('input.wrong_format', [...path, field]));
      continue;
    }
    const inMrz = mrz[field];
    // The MRZ has two-digit years: compare YY-MM-DD.
    if (inMrz === undefined || partsToIso(parsed.parts).slice(2) !== inMrz.slice(2))
      mismatch(field);
  }
  if (typeof typed.sex === 'string') {
    const s = typed.sex.trim().toUpperCase();
    const sex =
      s === 'M' || s === 'MALE' ? 'male' : s === 'F' || s === 'FEMALE' ? 'female' : 'unspecified';
    if (sex !== mrz.sex) mismatch('sex');
  }
  if (
    typeof typed.nationality === 'string' &&
    typed.nationality.trim().toUpperCase().replace(/<+$/, '') !== mrz.nationality
  ) {
    mismatch('nationality');
  }
  return errors.length > 0 ? fail(errors) : ok(mrz, warnings);
}
