// What both residence permits check on a given day: issued (or decided) by then, and still
// valid by `checkPermitValidity`.
import { issue, type Issue, type IssuePath } from '@kabinet/core/result';
import { readOnDate } from '../../_lib/document-dates.js';
import { compareParts, partsToIso, type PlainDateParts } from '../../_lib/parse-strict-date.js';
import { checkPermitValidity } from '../../document-validity/check-permit-validity.js';
import type { DocumentValidityPolicy } from '../../document-validity/document-validity-policy.js';
import type { ValidatorIssueCode } from '../../locales/validator-messages.js';

/**
 * On the day of `now` (epoch ms): `document.issue_in_future` at `issueField` when the permit
 * was issued after it, and the validity issues (`document.expired`, `document.expires_too_soon`)
 * and warnings (`document.expires_soon`) of the expiry date.
 */
export function checkPermitOn(
  now: number,
  policy: DocumentValidityPolicy,
  path: IssuePath,
  issueParts: PlainDateParts | undefined,
  issueField: string,
  expiryParts: PlainDateParts | undefined,
): { issues: Issue<ValidatorIssueCode>[]; warnings: readonly Issue[] } {
  const issues: Issue<ValidatorIssueCode>[] = [];
  const today = readOnDate(now, policy.utcOffsetMinutes);
  if (issueParts !== undefined && today !== undefined && compareParts(issueParts, today) > 0)
    issues.push(issue('document.issue_in_future', [...path, issueField]));
  if (expiryParts === undefined) return { issues, warnings: [] };
  const validity = checkPermitValidity(partsToIso(expiryParts), now, {
    policy,
    path: [...path, 'expiryDate'],
  });
  if (!validity.success) return { issues: [...issues, ...validity.issues], warnings: [] };
  return { issues, warnings: validity.warnings ?? [] };
}
