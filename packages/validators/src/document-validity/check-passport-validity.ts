import { fail, issue, ok, type IssuePath, type Result } from '@kabinet/core/result';
import { addMonths } from '../_lib/document-dates.js';
import { compareParts, partsToIso, partsToRu } from '../_lib/parse-strict-date.js';
import { runValidityCheck, type ValidityRule } from './_lib/run-validity-check.js';
import type { DocumentValidityPolicy } from './document-validity-policy.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** Options of the document validity checks. */
export interface DocumentValidityOptions {
  /** Policy overrides (defaults: {@link defaultDocumentValidityPolicy}). */
  readonly policy?: Partial<DocumentValidityPolicy>;
  /** Path of the expiry date in issues (default `['expiryDate']`). */
  readonly path?: IssuePath;
}

/** DOC-3: the passport must not expire before `on` plus `passportMinValidityMonths` calendar months. */
const passportRule: ValidityRule = (policy, path, today, expiry, shown) => {
  if (compareParts(expiry, today) < 0)
    return fail(issue('document.expired', path, { expiryDate: shown }));
  const required = addMonths(today, policy.passportMinValidityMonths);
  if (compareParts(expiry, required) < 0) {
    return fail(
      issue('document.validity_too_short', path, {
        months: policy.passportMinValidityMonths,
        requiredUntil: partsToRu(required),
        expiryDate: shown,
      }),
    );
  }
  return ok(partsToIso(expiry));
};

/**
 * DOC-3: checks that a passport is valid for at least six months (policy
 * `passportMinValidityMonths`) on the registration date. The passport must not expire before
 * the registration date plus that many calendar months (31 August + 6 months = the last day of
 * February); expiring on that very day is enough.
 *
 * @param expiryDate - the passport's expiry date as typed (`ДД.ММ.ГГГГ` or `YYYY-MM-DD`) or
 *   from `parseMrz` (`YYYY-MM-DD`)
 * @param on - the registration date: epoch ms (e.g. `clock.now()`, read in the policy's UTC
 *   offset) or a date string
 * @param options - policy overrides and the issue path
 * @returns the expiry date as `YYYY-MM-DD`, or issues `input.required`, `input.not_a_string`,
 *   `document.date` (`field`), `document.expired` (`expiryDate`), `document.validity_too_short`
 *   (`months`, `requiredUntil`, `expiryDate`)
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `on` is not a finite epoch or a valid date
 * @example
 * ```ts
 * checkPassportValidity('30.06.2026', '01.01.2026').success; // false: six months end 01.07.2026
 * checkPassportValidity('01.07.2026', '01.01.2026').success; // true
 * ```
 */
export function checkPassportValidity(
  expiryDate: unknown,
  on: number | string,
  options?: DocumentValidityOptions,
): Result<string, ValidatorIssueCode> {
  return runValidityCheck('checkPassportValidity', expiryDate, on, options, passportRule);
}
