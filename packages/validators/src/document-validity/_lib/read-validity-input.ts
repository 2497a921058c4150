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

/** What a validity check works on once its input is read. */
export interface ValidityInput {
  readonly policy: DocumentValidityPolicy;
  readonly path: IssuePath;
  /** The date checked. */
  readonly today: PlainDateParts;
  /** The expiry date. */
  readonly expiry: PlainDateParts;
  /** The expiry date as `ДД.ММ.ГГГГ`, for the issues. */
  readonly shown: string;
}

/**
 * Reads the arguments of a validity check named `name`: the expiry date (issues `input.required`,
 * `input.not_a_string`, `document.date`) and `on`.
 *
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `on` is not a finite epoch or a valid date
 */
export function readValidityInput(
  name: string,
  expiryDate: unknown,
  on: number | string,
  options: DocumentValidityOptions | undefined,
): ValidityInput | { readonly failure: Result<never, ValidatorIssueCode> } {
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
  if ('issue' in read) return { failure: fail(read.issue) };
  if ('absent' in read) return { failure: fail(issue('input.required', path)) };
  return { policy, path, today, expiry: read.parts, shown: partsToRu(read.parts) };
}
