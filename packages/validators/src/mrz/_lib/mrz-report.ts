// The issues and warnings one `parseMrz` call collects, and the check-digit rule every guarded
// field goes through.
import { issue, type Issue, type IssuePath } from '@kabinet/core/result';
import { mrzCheckDigit } from '../../_lib/mrz-check-digit.js';
import type { ValidatorIssueCode } from '../../locales/validator-messages.js';
import type { MrzCheckedField } from '../mrz-types.js';

/** A field made only of fillers. */
export const ALL_FILLERS = /^<*$/;

/** Where a parse puts what it finds: issues reject the MRZ, warnings do not. */
export interface MrzReport {
  readonly path: IssuePath;
  readonly issues: Issue<ValidatorIssueCode>[];
  readonly warnings: Issue[];
}

/** Drops the trailing fillers of a field. */
export function strip(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 60) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A field without fillers (inner ones read as spaces), or `undefined` when nothing is left. */
export function nonEmpty(text: string): string | undefined {
  const s = strip(text).replace(/</g, ' ').trim();
  return s === '' ? undefined : s;
}

/**
 * Verifies a check digit; `fillerAllowed` accepts `<` for a field made only of fillers (an
 * empty personal number, the Russian internal passport's missing expiry).
 */
export function verifyCheckDigit(
  report: MrzReport,
  field: MrzCheckedField,
  value: string,
  check: string,
  fillerAllowed: boolean,
): void {
  if (fillerAllowed && check === '<' && ALL_FILLERS.test(value)) return;
  const expected = mrzCheckDigit(value);
  if (check.charCodeAt(0) - 48 !== expected || check.length !== 1)
    report.issues.push(issue('mrz.check_digit', report.path, { field, expected, actual: check }));
}
