import { KabinetError } from '@kabinet/core/errors';
import { fail, issue, ok, type Issue, type Result } from '@kabinet/core/result';
import { daysBetween, readDocumentDate, readOnDate } from '../_lib/document-dates.js';
import { partsToIso, partsToRu } from '../_lib/parse-strict-date.js';
import type { DocumentValidityOptions } from './check-passport-validity.js';
import { defaultDocumentValidityPolicy } from './document-validity-policy.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

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
  const policy = { ...defaultDocumentValidityPolicy, ...options?.policy };
  const path = options?.path ?? ['expiryDate'];
  const today = readOnDate(on, policy.utcOffsetMinutes);
  if (today === undefined)
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      'checkPermitValidity: `on` must be epoch ms or a date string',
    );
  const read = readDocumentDate(
    expiryDate,
    path.slice(0, -1),
    String(path[path.length - 1] ?? 'expiryDate'),
  );
  if ('issue' in read) return fail(read.issue);
  if ('absent' in read) return fail(issue('input.required', path));
  const expiry = read.parts;
  const shown = partsToRu(expiry);
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
}
