import { fail, issue, ok, type Issue, type Result } from '@kabinet/core/result';
import { daysBetween } from '../_lib/document-dates.js';
import { partsToIso } from '../_lib/parse-strict-date.js';
import { runValidityCheck, type ValidityRule } from './_lib/run-validity-check.js';
import type { DocumentValidityOptions } from './check-passport-validity.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** DOC-7: at least `permitMinValidityDays` days left, a warning within `expiryWarningDays`. */
const permitRule: ValidityRule = (policy, path, today, expiry, shown) => {
  const days = daysBetween(today, expiry);
  if (days < 0) return fail(issue('document.expired', path, { expiryDate: shown }));
  if (days < policy.permitMinValidityDays)
    return fail(
      issue('document.expires_too_soon', path, {
        days: policy.permitMinValidityDays,
        expiryDate: shown,
      }),
    );
  const warnings: Issue[] =
    days < policy.expiryWarningDays
      ? [issue('document.expires_soon', path, { days, expiryDate: shown })]
      : [];
  return ok(partsToIso(expiry), warnings);
};

/**
 * Checks the expiry of a permit — residence permit, temporary residence permit, visa,
 * migration card stay — on a date (DOC-7): rejected once expired or when fewer than
 * `permitMinValidityDays` days remain; accepted with a `document.expires_soon` warning within
 * `expiryWarningDays` days of expiry. A permit is valid through its expiry date.
 *
 * @param expiryDate - the expiry date (`ДД.ММ.ГГГГ` or `YYYY-MM-DD`)
 * @param on - the date checked: epoch ms (e.g. `clock.now()`) or a date string
 * @param options - policy overrides and the issue path
 * @returns the expiry date as `YYYY-MM-DD`, or issues `input.required`, `document.date`
 *   (`field`), `document.expired` (`expiryDate`), `document.expires_too_soon` (`days`,
 *   `expiryDate`); warning `document.expires_soon` (`days`, `expiryDate`)
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `on` is not a finite epoch or a valid date
 * @example
 * ```ts
 * checkPermitValidity('10.01.2026', '01.01.2026'); // success with warning document.expires_soon { days: 9 }
 * checkPermitValidity('31.12.2025', '01.01.2026'); // issue document.expired
 * ```
 */
export function checkPermitValidity(
  expiryDate: unknown,
  on: number | string,
  options?: DocumentValidityOptions,
): Result<string, ValidatorIssueCode> {
  return runValidityCheck('checkPermitValidity', expiryDate, on, options, permitRule);
}
