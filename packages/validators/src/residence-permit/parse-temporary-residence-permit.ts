import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { readDocumentDate } from '../_lib/document-dates.js';
import { cleanText, wrongTypeIssue } from '../_lib/normalize-input.js';
import { compareParts, daysInMonth, partsToIso } from '../_lib/parse-strict-date.js';
import { checkPermitOn } from './_lib/check-permit-on.js';
import {
  defaultDocumentValidityPolicy,
  type DocumentValidityPolicy,
} from '../document-validity/document-validity-policy.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** A temporary residence permit (разрешение на временное проживание, РВП) as typed in a form. */
export interface TemporaryResidencePermitInput {
  /** Number of the decision to grant the permit, as written in the stamp. */
  readonly decisionNumber: string;
  /** Date of the decision, `ДД.ММ.ГГГГ` or `YYYY-MM-DD`. */
  readonly decisionDate: string;
  /** Expiry written in the stamp, if any; otherwise the policy term from the decision date is used. */
  readonly expiryDate?: string;
}

/** A checked temporary residence permit. */
export interface TemporaryResidencePermit {
  /** The decision number, with spaces tidied. */
  readonly decisionNumber: string;
  /** Date of the decision, `YYYY-MM-DD`. */
  readonly decisionDate: string;
  /** The expiry as typed, or the decision date plus the policy term (three years), `YYYY-MM-DD`. */
  readonly expiryDate: string;
}

/** Options of {@link parseTemporaryResidencePermit}. */
export interface ParseTemporaryResidencePermitOptions {
  /** When given (epoch ms), the decision must not be in the future and the permit must still be valid. */
  readonly now?: number;
  /** Policy overrides (term in years, validity days). */
  readonly policy?: Partial<DocumentValidityPolicy>;
  /** Longest decision number accepted (default 50 characters). */
  readonly maxDecisionNumberLength?: number;
  /** Path prefix of issues (default `['temporaryResidencePermit']`). */
  readonly path?: IssuePath;
}

const DEFAULT_PATH: IssuePath = ['temporaryResidencePermit'];

/**
 * Checks a temporary residence permit (РВП, DOC-7). It is a stamp in the identity document
 * with a decision number and date and no fixed number pattern, so the number is free text
 * (tidied, at most 50 characters, at least one digit); the decision date is strict; the expiry
 * defaults to the decision date plus the policy term (three years). With `now`, the decision
 * must not be in the future and the permit must still be valid.
 *
 * @param input - `{ decisionNumber, decisionDate, expiryDate? }`
 * @param options - `now`, policy, the number's length limit and the path prefix
 * @returns the permit, or issues `input.*`, `input.too_long` (`max`),
 *   `temporary_residence_permit.decision_number`, `document.date` (`field`),
 *   `document.expiry_before_issue`, `document.issue_in_future`, `document.expired`,
 *   `document.expires_too_soon`; warning `document.expires_soon`
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `now` is given but is not a finite epoch in ms
 * @example
 * ```ts
 * parseTemporaryResidencePermit({ decisionNumber: '1234/2024', decisionDate: '01.02.2024' });
 * // data.expiryDate === '2027-02-01'
 * ```
 */
export function parseTemporaryResidencePermit(
  input: unknown,
  options?: ParseTemporaryResidencePermitOptions,
): Result<TemporaryResidencePermit, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return fail(wrongTypeIssue(input, path, 'object'));
  const fields = input as Partial<Record<keyof TemporaryResidencePermitInput, unknown>>;
  const policy = { ...defaultDocumentValidityPolicy, ...options?.policy };
  const max = options?.maxDecisionNumberLength ?? 50;
  const issues: Issue<ValidatorIssueCode>[] = [];
  const warnings: Issue[] = [];

  let decisionNumber: string | undefined;
  const numberPath = [...path, 'decisionNumber'];
  const raw = fields.decisionNumber;
  if (typeof raw !== 'string') issues.push(wrongTypeIssue(raw, numberPath));
  else {
    const text = cleanText(raw.replace(/№/g, ' ')).replace(/\s*([/-])\s*/g, '$1');
    if (text === '') issues.push(issue('input.required', numberPath));
    else if (text.length > max) issues.push(issue('input.too_long', numberPath, { max }));
    else if (!/\d/.test(text) || /[\p{C}<>"]/u.test(text))
      issues.push(issue('temporary_residence_permit.decision_number', numberPath));
    else decisionNumber = text;
  }

  const decided = readDocumentDate(fields.decisionDate, path, 'decisionDate');
  if ('issue' in decided) issues.push(decided.issue);
  else if ('absent' in decided) issues.push(issue('input.required', [...path, 'decisionDate']));
  const expires = readDocumentDate(fields.expiryDate, path, 'expiryDate');
  if ('issue' in expires) issues.push(expires.issue);
  const decisionParts = 'parts' in decided ? decided.parts : undefined;
  let expiryParts = 'parts' in expires ? expires.parts : undefined;
  if (decisionParts !== undefined) {
    if (expiryParts === undefined && !('issue' in expires)) {
      const year = decisionParts.year + policy.temporaryResidencePermitYears;
      expiryParts = {
        year,
        month: decisionParts.month,
        day: Math.min(decisionParts.day, daysInMonth(year, decisionParts.month)),
      };
    } else if (expiryParts !== undefined && compareParts(expiryParts, decisionParts) <= 0) {
      issues.push(issue('document.expiry_before_issue', [...path, 'expiryDate']));
    }
  }
  checkPermitOn(options, path, decisionParts, 'decisionDate', expiryParts, issues, warnings);

  if (
    issues.length > 0 ||
    decisionNumber === undefined ||
    decisionParts === undefined ||
    expiryParts === undefined
  )
    return fail(issues);
  return ok(
    {
      decisionNumber,
      decisionDate: partsToIso(decisionParts),
      expiryDate: partsToIso(expiryParts),
    },
    warnings,
  );
}
