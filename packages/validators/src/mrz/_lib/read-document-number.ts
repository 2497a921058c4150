// The document number of an MRZ, with the long-number extension of TD1/TD2 (ICAO 9303 part 5/6)
// and the Belgian identity card's variant of its check digit.
import { issue } from '@kabinet/core/result';
import { mrzCheckDigit } from '../../_lib/mrz-check-digit.js';
import type { MrzFields } from './mrz-layout.js';
import { strip, verifyCheckDigit, type MrzReport } from './mrz-report.js';

/** The number read, and the optional data left after a long number's continuation. */
export interface MrzDocumentNumber {
  /** The number field with its continuation, fillers kept. */
  readonly field: string;
  /** The number without trailing fillers. */
  readonly documentNumber: string;
  /** The optional data after the continuation. */
  readonly optional: string;
}

/** Reads and checks the document number; issues `mrz.document_number`, `mrz.check_digit`. */
export function readDocumentNumber(report: MrzReport, fields: MrzFields): MrzDocumentNumber {
  const { td1, format, state } = fields;
  let numberField = fields.numberField;
  let numberCheck = fields.numberCheck;
  let optional = fields.optional;
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
    report.issues.push(issue('mrz.document_number', report.path));
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
    report.warnings.push(issue('mrz.check_digit_filler', report.path, { field: 'documentNumber' }));
  else verifyCheckDigit(report, 'documentNumber', numberField, numberCheck, false);
  return { field: numberField, documentNumber, optional };
}
