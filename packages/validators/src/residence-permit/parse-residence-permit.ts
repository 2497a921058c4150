import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { wrongTypeIssue } from '../_lib/normalize-input.js';
import { readDocumentDate } from '../_lib/document-dates.js';
import { compareParts, partsToIso } from '../_lib/parse-strict-date.js';
import { readIdentifier } from '../_lib/read-identifier.js';
import { checkPermitOn } from './_lib/check-permit-on.js';
import type { DocumentValidityPolicy } from '../document-validity/document-validity-policy.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** A residence permit (вид на жительство) as typed in a form. */
export interface ResidencePermitInput {
  /** The 2-digit series, when the form has its own field; may also lead `number`. */
  readonly series?: string;
  /** The 7-digit number, or series and number together (`82 № 1234567`). */
  readonly number: string;
  /** Date of issue, `ДД.ММ.ГГГГ` or `YYYY-MM-DD`. */
  readonly issueDate: string;
  /** Date of expiry; permits issued to foreign citizens since November 2019 have none. */
  readonly expiryDate?: string;
}

/** A checked residence permit. */
export interface ResidencePermit {
  /** The 2-digit series (`82` for foreign citizens' booklets). */
  readonly series: string;
  /** The 7-digit number. */
  readonly number: string;
  /** Date of issue, `YYYY-MM-DD`. */
  readonly issueDate: string;
  /** Date of expiry, `YYYY-MM-DD`; `undefined` for a permit without a term. */
  readonly expiryDate: string | undefined;
}

/** Options of {@link parseResidencePermit}. */
export interface ParseResidencePermitOptions {
  /** When given (epoch ms, e.g. `clock.now()`), the permit must be issued by then and still valid. */
  readonly now?: number;
  /** Policy overrides for the validity check. */
  readonly policy?: Partial<DocumentValidityPolicy>;
  /** Demand an expiry date (default `false`: permits without a term exist). */
  readonly requireExpiry?: boolean;
  /** Path prefix of issues (default `['residencePermit']`). */
  readonly path?: IssuePath;
}

const DEFAULT_PATH: IssuePath = ['residencePermit'];
const KNOWN_SERIES = new Set(['82', '83']);

/**
 * Checks a residence permit (вид на жительство, DOC-7): series and number entered without
 * spaces (spaces, `№` and hidden characters are removed anyway) — 2 + 7 digits; the issue
 * date; the expiry date when there is one (it must follow the issue date). Only the digit shape
 * is a hard rule; a series other than `82` (foreign citizens) or `83` (stateless persons, not
 * confirmed) is a warning, never a rejection. With `now`, the permit must be issued by then and
 * not expired (policy as in `checkPermitValidity`).
 *
 * @param input - `{ series?, number, issueDate, expiryDate? }`
 * @param options - `now`, validity policy, `requireExpiry` and the path prefix
 * @returns the permit, or issues with the path of the field: `input.*`,
 *   `residence_permit.format`, `residence_permit.length` (`length`, `expected`),
 *   `document.date` (`field`), `document.expiry_before_issue`, `document.issue_in_future`,
 *   `document.expired`, `document.expires_too_soon`; warnings `residence_permit.series`
 *   (`series`), `document.expires_soon`
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `now` is given but is not a finite epoch in ms
 * @example
 * ```ts
 * parseResidencePermit({ number: '82 № 1234567', issueDate: '15.03.2021' });
 * // { success: true, data: { series: '82', number: '1234567', issueDate: '2021-03-15', expiryDate: undefined } }
 * ```
 */
export function parseResidencePermit(
  input: unknown,
  options?: ParseResidencePermitOptions,
): Result<ResidencePermit, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return fail(wrongTypeIssue(input, path, 'object'));
  const fields = input as Partial<Record<keyof ResidencePermitInput, unknown>>;
  const issues: Issue<ValidatorIssueCode>[] = [];
  const warnings: Issue[] = [];

  // Series and number: one field or two.
  let digits: string | undefined;
  const seriesGiven = fields.series !== undefined && fields.series !== null && fields.series !== '';
  const numberRead = readIdentifier(
    typeof fields.number === 'string' ? fields.number.replace(/№/g, ' ') : fields.number,
    [...path, 'number'],
  );
  if ('issue' in numberRead) {
    issues.push(numberRead.issue);
  } else if (seriesGiven) {
    const seriesRead = readIdentifier(fields.series, [...path, 'series']);
    const series =
      'value' in seriesRead && /^\d{2}$/.test(seriesRead.value) ? seriesRead.value : undefined;
    if ('issue' in seriesRead) issues.push(seriesRead.issue);
    else if (series === undefined)
      issues.push(issue('residence_permit.format', [...path, 'series'], { expected: 'NN' }));
    const n = numberRead.value;
    if (!/^\d+$/.test(n))
      issues.push(issue('residence_permit.format', [...path, 'number'], { expected: 'NNNNNNN' }));
    else if (series !== undefined && n.length === 9 && n.startsWith(series)) digits = n;
    else if (n.length !== 7)
      issues.push(
        issue('residence_permit.length', [...path, 'number'], { length: n.length, expected: 7 }),
      );
    else if (series !== undefined) digits = series + n;
  } else if (!/^\d+$/.test(numberRead.value)) {
    issues.push(issue('residence_permit.format', [...path, 'number'], { expected: 'NN NNNNNNN' }));
  } else if (numberRead.value.length !== 9) {
    issues.push(
      issue('residence_permit.length', [...path, 'number'], {
        length: numberRead.value.length,
        expected: 9,
      }),
    );
  } else {
    digits = numberRead.value;
  }
  if (digits !== undefined && !KNOWN_SERIES.has(digits.slice(0, 2))) {
    warnings.push(
      issue('residence_permit.series', [...path, seriesGiven ? 'series' : 'number'], {
        series: digits.slice(0, 2),
      }),
    );
  }

  // Dates.
  const issued = readDocumentDate(fields.issueDate, path, 'issueDate');
  if ('issue' in issued) issues.push(issued.issue);
  else if ('absent' in issued) issues.push(issue('input.required', [...path, 'issueDate']));
  const expires = readDocumentDate(fields.expiryDate, path, 'expiryDate');
  if ('issue' in expires) issues.push(expires.issue);
  else if ('absent' in expires && options?.requireExpiry === true)
    issues.push(issue('input.required', [...path, 'expiryDate']));
  const issueParts = 'parts' in issued ? issued.parts : undefined;
  const expiryParts = 'parts' in expires ? expires.parts : undefined;
  if (
    issueParts !== undefined &&
    expiryParts !== undefined &&
    compareParts(expiryParts, issueParts) <= 0
  ) {
    issues.push(issue('document.expiry_before_issue', [...path, 'expiryDate']));
  }
  checkPermitOn(options, path, issueParts, 'issueDate', expiryParts, issues, warnings);

  if (issues.length > 0 || digits === undefined || issueParts === undefined) return fail(issues);
  return ok(
    {
      series: digits.slice(0, 2),
      number: digits.slice(2),
      issueDate: partsToIso(issueParts),
      expiryDate: expiryParts === undefined ? undefined : partsToIso(expiryParts),
    },
    warnings,
  );
}
