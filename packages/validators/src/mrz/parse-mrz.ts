import { fail, issue, ok, type IssuePath, type Result } from '@kabinet/core/result';
import { readMrzLines } from '../_lib/mrz-lines.js';
import { partsFromEpochMs } from '../_lib/parse-strict-date.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';
import { checkMrzCodes } from './_lib/check-mrz-codes.js';
import { readBirthDate, readExpiryDate } from './_lib/mrz-dates.js';
import { mrzFields, mrzFormatOf } from './_lib/mrz-layout.js';
import { nonEmpty, strip, verifyCheckDigit, type MrzReport } from './_lib/mrz-report.js';
import { readDocumentNumber } from './_lib/read-document-number.js';
import { readMrzName } from './_lib/read-mrz-name.js';
import { readRussianPassportMrz } from './_lib/read-russian-passport-mrz.js';
import type { Mrz, MrzSex } from './mrz-types.js';

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

const SEX: Readonly<Record<string, MrzSex>> = {
  M: 'male',
  F: 'female',
  '<': 'unspecified',
  X: 'unspecified',
};

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
  const format = mrzFormatOf(lines);
  if (format === undefined) {
    return fail(
      issue('mrz.lines', path, {
        lines: lines.length,
        lengths: lines.map((line) => line.length).join(', '),
      }),
    );
  }
  const fields = mrzFields(lines, format);
  const report: MrzReport = { path, issues: [], warnings: [] };

  checkMrzCodes(report, fields);
  const russian = format === 'TD3' && fields.code === 'PN' && fields.state === 'RUS';
  const number = readDocumentNumber(report, fields);
  const name = readMrzName(report, fields.nameField, russian);
  const sex = SEX[fields.sexChar];
  if (sex === undefined) report.issues.push(issue('mrz.sex', path));

  // Dates: the expiry, then the Russian issue date, are the birth date's century reference
  // when there is no `now`.
  const now =
    options?.now === undefined
      ? undefined
      : partsFromEpochMs(options.now, options.utcOffsetMinutes ?? 180);
  const expiry = readExpiryDate(report, fields.expiryRaw, russian, now);
  verifyCheckDigit(report, 'expiryDate', fields.expiryRaw, fields.expiryCheck, russian);
  const { russianPassport, issueParts } = russian
    ? readRussianPassportMrz(report, fields.line2, number.field, name, now)
    : {};
  const birthDate = readBirthDate(report, fields.birthRaw, now ?? expiry.parts ?? issueParts);
  verifyCheckDigit(report, 'birthDate', fields.birthRaw, fields.birthCheck, false);

  // Personal number (TD3) and the composite.
  if (fields.personalCheck !== undefined)
    verifyCheckDigit(report, 'personalNumber', number.optional, fields.personalCheck, true);
  if (fields.composite !== undefined)
    verifyCheckDigit(report, 'composite', fields.composite.value, fields.composite.check, false);
  if (report.issues.length > 0) return fail(report.issues);

  return ok<Mrz>(
    {
      format,
      documentCode: strip(fields.code),
      issuingState: strip(fields.state),
      documentNumber: number.documentNumber,
      surname: name.surname,
      givenNames: name.givenNames,
      nameTruncated: name.truncated,
      nationality: strip(fields.nationality),
      birthDate,
      sex: sex!,
      expiryDate: expiry.iso,
      personalNumber: format === 'TD3' ? nonEmpty(number.optional) : undefined,
      optionalData: format === 'TD3' ? undefined : nonEmpty(number.optional),
      optionalData2: fields.optional2 === undefined ? undefined : nonEmpty(fields.optional2),
      russianPassport,
      lines,
    },
    report.warnings,
  );
}
