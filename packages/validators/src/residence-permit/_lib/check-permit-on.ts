// What both residence permits check on a given day: issued (or decided) by then, and still
// valid by `checkPermitValidity`.
import { issue, type Issue, type IssuePath } from '@kabinet/core/result';
import { readOnDate } from '../../_lib/document-dates.js';
import { compareParts, partsToIso, type PlainDateParts } from '../../_lib/parse-strict-date.js';
import { checkPermitValidity } from '../../document-validity/check-permit-validity.js';
import {
  defaultDocumentValidityPolicy,
  type DocumentValidityPolicy,
} from '../../document-validity/document-validity-policy.js';
import type { ValidatorIssueCode } from '../../locales/validator-messages.js';

/**
 * With `options.now` (epoch ms), on that day: `document.issue_in_future` at `issueField` when the
 * permit was issued after it, and the validity issues (`document.expired`,
 * `document.expires_too_soon`) and warnings (`document.expires_soon`) of the expiry date, under
 * the default validity policy with `options.policy`. Without `now`, nothing.
 */
export function checkPermitOn(
  options: { readonly now?: number; readonly policy?: Partial<DocumentValidityPolicy> } | undefined,
  path: IssuePath,
  issueParts: PlainDateParts | undefined,
  issueField: string,
  expiryParts: PlainDateParts | undefined,
  issues: Issue<ValidatorIssueCode>[],
  warnings: Issue[],
): void {
  const now = options?.now;
  if (now === undefined) return;
  const policy = { ...defaultDocumentValidityPolicy, ...options?.policy };
  const today = readOnDate(now, policy.utcOffsetMinutes);
  if (issueParts !== undefined && today !== undefined && compareParts(issueParts, today) > 0)
    issues.push(issue('document.issue_in_future', [...path, issueField]));
  if (expiryParts === undefined) return;
  const validity = checkPermitValidity(partsToIso(expiryParts), now, {
    policy,
    path: [...path, 'expiryDate'],
  });
  if (!validity.success) issues.push(...validity.issues);
  else if (validity.warnings !== undefined) warnings.push(...validity.warnings);
}
