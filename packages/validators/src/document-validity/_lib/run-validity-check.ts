// The start both validity checks share: the policy with its overrides, the issue path, the
// date checked and the expiry date read.
import { KabinetError } from '@kabinet/core/errors';
import { fail, issue, type IssuePath, type Result } from '@kabinet/core/result';
import { readDocumentDate, readOnDate } from '../../_lib/document-dates.js';
import { partsToRu, type PlainDateParts } from '../../_lib/parse-strict-date.js';
import type { DocumentValidityOptions } from '../check-passport-validity.js';
import {
  defaultDocumentValidityPolicy,
  type DocumentValidityPolicy,
} from '../document-validity-policy.js';
import type { ValidatorIssueCode } from '../../locales/validator-messages.js';

/** A validity rule: its verdict on the expiry date (`shown`: as `ДД.ММ.ГГГГ`) on the day `today`. */
export type ValidityRule = (
  policy: DocumentValidityPolicy,
  path: IssuePath,
  today: PlainDateParts,
  expiry: PlainDateParts,
  shown: string,
) => Result<string, ValidatorIssueCode>;

/**
 * Runs a validity check named `name`: reads the policy with its overrides, the issue path, the
 * date checked (`on`) and the expiry date (issues `input.required`, `input.not_a_string`,
 * `document.date`), then lets `rule` decide on them.
 *
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `on` is not a finite epoch or a valid date
 */
export function runValidityCheck(
  name: string,
  expiryDate: unknown,
  on: number | string,
  options: DocumentValidityOptions | undefined,
  rule: ValidityRule,
): Result<string, ValidatorIssueCode> {
  const policy = { ...defaultDocumentValidityPolicy, ...options?.policy };
  const path = options?.path ?? ['expiryDate'];
  const today = readOnDate(on, policy.utcOffsetMinutes);
  if (today === undefined)
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `${name}: \`on\` must be epoch ms or a date string`,
    );
  const read = readDocumentDate(
    expiryDate,
    path.slice(0, -1),
    String(path[path.length - 1] ?? 'expiryDate'),
  );
  if ('issue' in read) return fail(read.issue);
  if ('absent' in read) return fail(issue('input.required', path));
  return rule(policy, path, today, read.parts, partsToRu(read.parts));
}
