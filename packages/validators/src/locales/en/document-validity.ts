import type { IssueParam } from '@kabinet/core/result';
import type { documentValidityRu } from '../ru/document-validity.js';

// English messages of document dates and validity (DOC-3, DOC-7).
type Params = Readonly<Record<string, IssueParam>>;

const FIELD: Readonly<Record<string, string>> = {
  issueDate: 'date of issue',
  expiryDate: 'date of expiry',
  decisionDate: 'date of decision',
  validFrom: 'valid from',
  validUntil: 'valid until',
  entryDate: 'date of entry',
};
const s = (n: number): string => (n === 1 ? '' : 's');

export const documentValidityEn: {
  readonly [K in keyof typeof documentValidityRu]: string | ((p: Params) => string);
} = {
  'document.date': (p) =>
    `Wrong date format in "${FIELD[String(p['field'])] ?? String(p['field'])}": use DD.MM.YYYY`,
  'document.expired': 'The document expired on {expiryDate}',
  'document.validity_too_short': (p) =>
    `The document must stay valid at least ${String(p['months'])} more month${s(Number(p['months']))}, until ${String(p['requiredUntil'])}; it expires on ${String(p['expiryDate'])}`,
  'document.expires_too_soon': (p) =>
    `The document must stay valid at least ${String(p['days'])} more day${s(Number(p['days']))}; it expires on ${String(p['expiryDate'])}`,
  'document.expires_soon': (p) =>
    `The document expires on ${String(p['expiryDate'])}: ${String(p['days'])} day${s(Number(p['days']))} left`,
  'document.expiry_before_issue': 'The expiry date cannot be before the date of issue',
  'document.issue_in_future': 'The date of issue cannot be in the future',
};
