import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { mrzCheckDigit } from '../_lib/mrz-check-digit.js';
import { readMrzLines } from '../_lib/mrz-lines.js';
import { decodeRussianMrzName, splitMrzName } from '../_lib/mrz-names.js';
import {
  compareParts,
  daysInMonth,
  partsFromEpochMs,
  partsToIso,
  type PlainDateParts,
} from '../_lib/parse-strict-date.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** The ICAO Doc 9303 layouts {@link parseMrz} reads. */
export type MrzFormat = 'TD1' | 'TD2' | 'TD3' | 'MRV-A' | 'MRV-B';

/** Sex as written in the MRZ: `M`, `F`, or `<`/`X` for unspecified. */
export type MrzSex = 'male' | 'female' | 'unspecified';

/** The MRZ fields guarded by a check digit; `params.field` of a `mrz.check_digit` issue. */
export type MrzCheckedField =
  'documentNumber' | 'birthDate' | 'expiryDate' | 'personalNumber' | 'composite';

/**
 * What the MRZ of a Russian internal passport (document code `PN`) adds: the series is split
 * between the document-number field (3 digits) and the optional field (the 4th digit, then the
 * issue date and the subdivision code). Names are decoded from the MVD letter substitution
 * (`Ё`→`2`, `Й`→`Q`, `Ч`→`3` …), which is not fully verified: treat them as a hint.
 */
export interface RussianPassportMrz {
  /** The 4-digit series. */
  readonly series: string;
  /** The 6-digit number. */
  readonly number: string;
  /** The issue date as `YYYY-MM-DD`, when the optional field holds a valid one. */
  readonly issueDate: string | undefined;
  /** The issuing subdivision code as `NNN-NNN`. */
  readonly subdivisionCode: string;
  /** The surname decoded to Cyrillic. */
  readonly surname: string;
  /** Given name and patronymic decoded to Cyrillic. */
  readonly givenNames: string;
}

/** A machine-readable zone whose check digits all hold, with its fields extracted. */
export interface Mrz {
  /** The layout. */
  readonly format: MrzFormat;
  /** Document code without fillers: `P`, `PN`, `I`, `ID`, `AC`, `V` … */
  readonly documentCode: string;
  /** Issuing state or organisation (ICAO code without fillers: `UTO`, `D`, `RUS`). */
  readonly issuingState: string;
  /** The full document number, long TD1/TD2 numbers included, without fillers. */
  readonly documentNumber: string;
  /** Primary identifier (surname), fillers read as spaces. */
  readonly surname: string;
  /** Secondary identifier (given names), fillers read as spaces; may be empty. */
  readonly givenNames: string;
  /** The name field is full to its last character, so the name may have been cut. */
  readonly nameTruncated: boolean;
  /** Nationality (ICAO code without fillers). */
  readonly nationality: string;
  /** Birth date as `YYYY-MM-DD`; `undefined` when the MRZ marks it unknown with fillers. */
  readonly birthDate: string | undefined;
  /** Sex. */
  readonly sex: MrzSex;
  /** Expiry date as `YYYY-MM-DD`; `undefined` for a document without one (Russian `PN`). */
  readonly expiryDate: string | undefined;
  /** TD3 personal number (line 2, positions 29–42) without fillers; `undefined` elsewhere or when empty. */
  readonly personalNumber: string | undefined;
  /** Optional data (TD1 line 1 after the number, TD2 and visas line 2) without fillers. */
  readonly optionalData: string | undefined;
  /** TD1 line 2 optional data without fillers. */
  readonly optionalData2: string | undefined;
  /** Extra fields of a Russian internal passport's MRZ, else `undefined`. */
  readonly russianPassport: RussianPassportMrz | undefined;
  /** The clean MRZ lines that were read. */
  readonly lines: readonly string[];
}

/** Options of {@link parseMrz}. */
export interface ParseMrzOptions {
  /**
   * The current time (epoch ms), used to pick the century of two-digit years: a birth date is
   * the latest one not after today. Without it, birth dates are the latest not after the
   * expiry date (or the Russian issue date), and expiry dates are read as 20YY.
   */
  readonly now?: number;
  /** Minutes east of UTC of the calendar `now` is read in (default 180, Moscow). */
  readonly utcOffsetMinutes?: number;
  /** Path reported in issues (default `['mrz']`). */
  readonly path?: IssuePath;
}

const DEFAULT_PATH: IssuePath = ['mrz'];
const ALL_FILLERS = /^<*$/;
const STATE = /^[A-Z][A-Z<]{2}$/;

function strip(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 60) end--;
  return end === text.length ? text : text.slice(0, end);
}

function nonEmpty(text: string): string | undefined {
  const s = strip(text).replace(/</g, ' ').trim();
  return s === '' ? undefined : s;
}

type RawDate =
  { readonly yy: number; readonly month: number; readonly day: number } | 'unknown' | 'invalid';

function readRawDate(raw: string): RawDate {
  let n = 0;
  for (let i = 0; i < 6; i++) {
    const c = raw.charCodeAt(i);
    if (c === 60) return 'unknown';
    if (c < 48 || c > 57) return 'invalid';
    n = n * 10 + c - 48;
  }
  const yy = Math.floor(n / 10_000);
  const month = Math.floor(n / 100) % 100;
  const day = n % 100;
  // The day is checked once the century is known (29 February).
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { yy, month, day } : 'invalid';
}

/** The latest date with these two-digit-year parts not after `ref`, or 20YY when there is no ref. */
function latestNotAfter(
  raw: { yy: number; month: number; day: number },
  ref: PlainDateParts | undefined,
): PlainDateParts {
  const recent = { year: 2000 + raw.yy, month: raw.month, day: raw.day };
  if (ref === undefined || compareParts(recent, ref) <= 0) return recent;
  return { year: 1900 + raw.yy, month: raw.month, day: raw.day };
}

/** Month and day are already 1–12 and 1–31: only the length of the month is left to check. */
function isRealDate(parts: PlainDateParts): boolean {
  return parts.day <= daysInMonth(parts.year, parts.month);
}

const SEX: Readonly<Record<string, MrzSex>> = {
  M: 'male',
  F: 'female',
  '<': 'unspecified',
  X: 'unspecified',
};

/**
 * Verifies a check digit; `fillerAllowed` accepts `<` for a field made only of fillers (an
 * empty personal number, the Russian internal passport's missing expiry).
 */
function verify(
  issues: Issue<ValidatorIssueCode>[],
  path: IssuePath,
  field: MrzCheckedField,
  value: string,
  check: string,
  fillerAllowed: boolean,
): void {
  if (fillerAllowed && check === '<' && ALL_FILLERS.test(value)) return;
  const expected = mrzCheckDigit(value);
  if (check.charCodeAt(0) - 48 !== expected || check.length !== 1)
    issues.push(issue('mrz.check_digit', path, { field, expected, actual: check }));
}

/**
 * Parses a machine-readable zone (ICAO Doc 9303): TD1 (ID cards, 3 × 30), TD2 (2 × 36), TD3
 * (passports, 2 × 44) and the machine-readable visas MRV-A (2 × 44) and MRV-B (2 × 36). Every
 * check digit is verified — document number (long TD1/TD2 numbers continued in the optional
 * field included), birth date, expiry date, TD3 personal number and the composite (visas have
 * none); an empty personal number may carry `<` or `0`. Any issuing-state code is accepted, so
 * ICAO's own `UTO` specimens pass. The Russian internal passport's MRZ (`PN`, expiry all
 * fillers) is read with its series, issue date and subdivision code.
 *
 * @param input - the MRZ as one string (lines separated by line breaks, or one run of
 *   60/72/88/90 characters) or an array of lines; spaces inside lines are ignored, lower-case
 *   letters are not allowed
 * @param options - `now` for two-digit years, and the issue path
 * @returns the fields, or issues: `input.*`, `mrz.characters` (`line`, `column`, `character`),
 *   `mrz.lines` (`lines`, `lengths`), `mrz.document_code` (`format`, `code`), `mrz.state`
 *   (`field`), `mrz.name`, `mrz.document_number`, `mrz.date` (`field`), `mrz.sex`,
 *   `mrz.check_digit` (`field`, `expected`, `actual`); warnings `mrz.russian_layout`,
 *   `mrz.single_name` (a single name written as given name with an empty surname, e.g.
 *   `P<IND<<NAME`: returned as `surname`, `givenNames` empty) and `mrz.check_digit_filler`
 *   (`field`: a Belgian ID card's long document number checked over the filler too)
 * @example
 * ```ts
 * const r = parseMrz([
 *   'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
 *   'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
 * ]);
 * if (r.success) r.data.documentNumber; // 'L898902C3'
 * ```
 */
export function parseMrz(
  input: unknown,
  options?: ParseMrzOptions,
): Result<Mrz, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  const read = readMrzLines(input, path);
  if ('issue' in read) return fail(read.issue);
  const lines = read.lines;
  const l1 = lines[0]!;
  let format: MrzFormat | undefined;
  const width = l1.length;
  if (lines.length === 3) format = lines.every((line) => line.length === 30) ? 'TD1' : undefined;
  else if (lines.length === 2 && lines[1]!.length === width && (width === 36 || width === 44)) {
    format = l1.startsWith('V') ? (width === 36 ? 'MRV-B' : 'MRV-A') : width === 36 ? 'TD2' : 'TD3';
  }
  if (format === undefined) {
    return fail(
      issue('mrz.lines', path, {
        lines: lines.length,
        lengths: lines.map((line) => line.length).join(', '),
      }),
    );
  }
  // Visas have no composite check digit.
  const composite = format.startsWith('T');

  const issues: Issue<ValidatorIssueCode>[] = [];
  const warnings: Issue[] = [];

  // Field positions (0-based), per layout.
  const td1 = format === 'TD1';
  const l2 = lines[1]!;
  const code = l1.slice(0, 2);
  const state = l1.slice(2, 5);
  const nameField = td1 ? lines[2]! : l1.slice(5);
  const dataLine = td1 ? l1 : l2;
  let numberField = td1 ? l1.slice(5, 14) : l2.slice(0, 9);
  let numberCheck = td1 ? l1[14]! : l2[9]!;
  const optionalStart = td1 ? 15 : 28;
  const optionalEnd = td1 ? 30 : format === 'TD2' ? 35 : format === 'TD3' ? 42 : width;
  let optional = dataLine.slice(optionalStart, optionalEnd);
  const birthRaw = td1 ? l2.slice(0, 6) : l2.slice(13, 19);
  const birthCheck = td1 ? l2[6]! : l2[19]!;
  const sexChar = td1 ? l2[7]! : l2[20]!;
  const expiryRaw = td1 ? l2.slice(8, 14) : l2.slice(21, 27);
  const expiryCheck = td1 ? l2[14]! : l2[27]!;
  const nationality = td1 ? l2.slice(15, 18) : l2.slice(10, 13);

  // Document code.
  const first = code[0]!;
  const codeOk =
    (format === 'TD3'
      ? first === 'P'
      : format === 'MRV-A' || format === 'MRV-B'
        ? first === 'V'
        : first === 'I' || first === 'A' || first === 'C') && /^[A-Z][A-Z<]$/.test(code);
  if (!codeOk) issues.push(issue('mrz.document_code', path, { format, code }));
  const russian = format === 'TD3' && code === 'PN' && state === 'RUS';

  if (!STATE.test(state)) issues.push(issue('mrz.state', path, { field: 'issuingState' }));
  if (!STATE.test(nationality)) issues.push(issue('mrz.state', path, { field: 'nationality' }));

  // Document number, with the long-number extension of TD1/TD2 (ICAO 9303 part 5/6).
  let extended = false;
  if (numberCheck === '<' && (td1 || format === 'TD2') && !optional.startsWith('<')) {
    const end = optional.indexOf('<');
    const extension = end === -1 ? optional : optional.slice(0, end);
    numberField += extension.slice(0, -1);
    numberCheck = extension[extension.length - 1]!;
    optional = end === -1 ? '' : optional.slice(end);
    extended = true;
  }
  const documentNumber = strip(numberField);
  if (documentNumber === '' || numberField.startsWith('<'))
    issues.push(issue('mrz.document_number', path));
  // Belgian identity cards (PRADO BEL-BO-03003) compute a long number's check digit over the
  // filler at position 15 as well (number, `<`, continuation): accepted, as peers do, with a warning.
  const belgianFiller =
    extended &&
    td1 &&
    state === 'BEL' &&
    mrzCheckDigit(numberField) !== numberCheck.charCodeAt(0) - 48 &&
    mrzCheckDigit(`${numberField.slice(0, 9)}<${numberField.slice(9)}`) ===
      numberCheck.charCodeAt(0) - 48;
  if (belgianFiller)
    warnings.push(issue('mrz.check_digit_filler', path, { field: 'documentNumber' }));
  else verify(issues, path, 'documentNumber', numberField, numberCheck, false);

  // Name. Some issuers (India among them) write a single name in the secondary identifier with an
  // empty primary one (`P<IND<<NAME`); ICAO puts a single name in the primary identifier, so it is
  // read as the surname — what the person types in the surname field — with a warning.
  let name = splitMrzName(nameField);
  const singleName = !russian && /^<<[A-Z]/.test(nameField);
  if (singleName) {
    name = { surname: name.givenNames, givenNames: '', truncated: name.truncated };
    warnings.push(issue('mrz.single_name', path));
  }
  if (
    !(singleName || (russian ? /^[A-Z0-9]/ : /^[A-Z]/).test(nameField)) ||
    (!russian && /\d/.test(nameField))
  )
    issues.push(issue('mrz.name', path));

  // Sex.
  const sex = SEX[sexChar];
  if (sex === undefined) issues.push(issue('mrz.sex', path));

  // Dates.
  const now =
    options?.now === undefined
      ? undefined
      : partsFromEpochMs(options.now, options.utcOffsetMinutes ?? 180);
  let expiryDate: string | undefined;
  let expiryParts: PlainDateParts | undefined;
  const expiry = readRawDate(expiryRaw);
  if (expiry === 'invalid' || (expiry === 'unknown' && !(russian && ALL_FILLERS.test(expiryRaw)))) {
    issues.push(issue('mrz.date', path, { field: 'expiryDate' }));
  } else if (expiry !== 'unknown') {
    let year = 2000 + expiry.yy;
    if (now !== undefined && year > now.year + 50) year -= 100;
    expiryParts = { year, month: expiry.month, day: expiry.day };
    if (isRealDate(expiryParts)) expiryDate = partsToIso(expiryParts);
    else issues.push(issue('mrz.date', path, { field: 'expiryDate' }));
  }
  verify(issues, path, 'expiryDate', expiryRaw, expiryCheck, russian);

  // The Russian internal passport keeps the 4th series digit, issue date and subdivision code
  // in the personal-number field.
  let russianPassport: RussianPassportMrz | undefined;
  let issueParts: PlainDateParts | undefined;
  if (russian) {
    const personal = l2.slice(28, 42);
    const layoutMatch = /^(\d)(\d{6})(\d{6})<$/.exec(personal);
    if (layoutMatch === null || !/^\d{9}$/.test(numberField)) {
      warnings.push(issue('mrz.russian_layout', path));
    } else {
      const issued = readRawDate(layoutMatch[2]!);
      let issueDate: string | undefined;
      if (typeof issued === 'object') {
        issueParts = latestNotAfter(issued, now);
        if (isRealDate(issueParts)) issueDate = partsToIso(issueParts);
        else issueParts = undefined;
      }
      const subdivision = layoutMatch[3]!;
      russianPassport = {
        series: numberField.slice(0, 3) + layoutMatch[1]!,
        number: numberField.slice(3),
        issueDate,
        subdivisionCode: `${subdivision.slice(0, 3)}-${subdivision.slice(3)}`,
        surname: decodeRussianMrzName(name.surname),
        givenNames: decodeRussianMrzName(name.givenNames),
      };
    }
  }

  let birthDate: string | undefined;
  const birth = readRawDate(birthRaw);
  if (birth === 'invalid') {
    issues.push(issue('mrz.date', path, { field: 'birthDate' }));
  } else if (birth !== 'unknown') {
    const parts = latestNotAfter(birth, now ?? expiryParts ?? issueParts);
    if (isRealDate(parts)) birthDate = partsToIso(parts);
    else issues.push(issue('mrz.date', path, { field: 'birthDate' }));
  }
  verify(issues, path, 'birthDate', birthRaw, birthCheck, false);

  // Personal number (TD3) and the composite.
  let personalNumber: string | undefined;
  if (format === 'TD3') {
    personalNumber = nonEmpty(optional);
    verify(issues, path, 'personalNumber', optional, l2[42]!, true);
  }
  if (composite) {
    const composite = td1
      ? l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29)
      : l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, width - 1);
    verify(issues, path, 'composite', composite, td1 ? l2[29]! : l2[width - 1]!, false);
  }
  if (issues.length > 0) return fail(issues);

  return ok<Mrz>(
    {
      format,
      documentCode: strip(code),
      issuingState: strip(state),
      documentNumber,
      surname: name.surname,
      givenNames: name.givenNames,
      nameTruncated: name.truncated,
      nationality: strip(nationality),
      birthDate,
      sex: sex!,
      expiryDate,
      personalNumber,
      optionalData: format === 'TD3' ? undefined : nonEmpty(optional),
      optionalData2: td1 ? nonEmpty(l2.slice(18, 29)) : undefined,
      russianPassport,
      lines,
    },
    warnings,
  );
}
