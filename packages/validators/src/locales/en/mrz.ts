import type { IssueParam } from '@kabinet/core/result';
import type { mrzRu } from '../ru/mrz.js';

// English messages of the MRZ area.
type Params = Readonly<Record<string, IssueParam>>;

const FIELD: Readonly<Record<string, string>> = {
  documentNumber: 'document number',
  birthDate: 'date of birth',
  expiryDate: 'date of expiry',
  personalNumber: 'personal number',
  composite: 'composite check digit',
  issuingState: 'issuing state',
  nationality: 'nationality',
  surname: 'surname',
  givenNames: 'given names',
  sex: 'sex',
};
const field = (p: Params): string => FIELD[String(p['field'])] ?? String(p['field']);

export const mrzEn: { readonly [K in keyof typeof mrzRu]: string | ((p: Params) => string) } = {
  'mrz.characters':
    'Wrong machine-readable zone: character "{character}" is not allowed (line {line}, position {column})',
  'mrz.lines': 'Wrong machine-readable zone: {lines} lines of lengths {lengths}',
  'mrz.document_code': 'Wrong document code "{code}" for the {format} layout',
  'mrz.state': (p) => `Wrong machine-readable zone: field "${field(p)}"`,
  'mrz.name': 'Wrong machine-readable zone: field "name"',
  'mrz.document_number': 'The machine-readable zone has no document number',
  'mrz.date': (p) => `Wrong date in the machine-readable zone: field "${field(p)}"`,
  'mrz.sex': 'Wrong machine-readable zone: field "sex"',
  'mrz.check_digit': (p) =>
    `Wrong check digit in the machine-readable zone (${field(p)}): expected ${String(p['expected'])}, found ${String(p['actual'])}`,
  'mrz.russian_layout': 'Check the machine-readable zone: unusual layout for a Russian passport',
  'mrz.single_name':
    'Check the machine-readable zone: a single name without a surname; type it in the surname field',
  'mrz.check_digit_filler':
    'Check the machine-readable zone: the document number check digit covers the filler too (as on Belgian ID cards)',
  'mrz.mismatch': (p) =>
    `Field "${field(p)}" does not match the machine-readable zone of the document`,
  'mrz.name_transliteration': (p) =>
    `Check field "${field(p)}": it could not be matched with the machine-readable zone`,
};
