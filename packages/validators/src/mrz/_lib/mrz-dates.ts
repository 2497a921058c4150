// The six-digit dates of an MRZ (YYMMDD): the century is chosen from a reference date, and
// `<<<<<<` marks a date as unknown.
import { issue } from '@kabinet/core/result';
import {
  compareParts,
  daysInMonth,
  partsToIso,
  type PlainDateParts,
} from '../../_lib/parse-strict-date.js';
import { ALL_FILLERS, type MrzReport } from './mrz-report.js';

/** A YYMMDD date with a plausible month and day, or why there is none. */
export type RawDate =
  { readonly yy: number; readonly month: number; readonly day: number } | 'unknown' | 'invalid';

/** Reads six characters as YYMMDD: `unknown` when a filler appears, `invalid` for anything else off. */
export function readRawDate(raw: string): RawDate {
  let n = 0;
  for (let i = 0; i < 6; i++) {
    const c = raw.charCodeAt(i);
    if (c === 60) return 'unknown';
    if (c < 48 || c > 57) return 'invalid';
    n = n * 10 + c - 48;
  }
  const yy = Math.floor(n / 10_000);
  const month = Math.floor(n / 100) % 100;
  const day = n % 100;
  // The day is checked once the century is known (29 February).
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { yy, month, day } : 'invalid';
}

/** The latest date with these two-digit-year parts not after `ref`, or 20YY when there is no ref. */
export function latestNotAfter(
  raw: { yy: number; month: number; day: number },
  ref: PlainDateParts | undefined,
): PlainDateParts {
  const recent = { year: 2000 + raw.yy, month: raw.month, day: raw.day };
  if (ref === undefined || compareParts(recent, ref) <= 0) return recent;
  return { year: 1900 + raw.yy, month: raw.month, day: raw.day };
}

/** Month and day are already 1–12 and 1–31: only the length of the month is left to check. */
export function isRealDate(parts: PlainDateParts): boolean {
  return parts.day <= daysInMonth(parts.year, parts.month);
}

/**
 * The expiry date: read as 20YY (a century back when that is more than 50 years after `now`).
 * All fillers is allowed only for a Russian internal passport (`fillersAllowed`), which has none.
 */
export function readExpiryDate(
  report: MrzReport,
  raw: string,
  fillersAllowed: boolean,
  now: PlainDateParts | undefined,
): { readonly iso: string | undefined; readonly parts: PlainDateParts | undefined } {
  const expiry = readRawDate(raw);
  if (
    expiry === 'invalid' ||
    (expiry === 'unknown' && !(fillersAllowed && ALL_FILLERS.test(raw)))
  ) {
    report.issues.push(issue('mrz.date', report.path, { field: 'expiryDate' }));
    return { iso: undefined, parts: undefined };
  }
  if (expiry === 'unknown') return { iso: undefined, parts: undefined };
  let year = 2000 + expiry.yy;
  if (now !== undefined && year > now.year + 50) year -= 100;
  const parts = { year, month: expiry.month, day: expiry.day };
  if (isRealDate(parts)) return { iso: partsToIso(parts), parts };
  report.issues.push(issue('mrz.date', report.path, { field: 'expiryDate' }));
  return { iso: undefined, parts };
}

/** The birth date: the latest one not after `ref`; `undefined` when unknown or wrong. */
export function readBirthDate(
  report: MrzReport,
  raw: string,
  ref: PlainDateParts | undefined,
): string | undefined {
  const birth = readRawDate(raw);
  if (birth === 'unknown') return undefined;
  if (birth !== 'invalid') {
    const parts = latestNotAfter(birth, ref);
    if (isRealDate(parts)) return partsToIso(parts);
  }
  report.issues.push(issue('mrz.date', report.path, { field: 'birthDate' }));
  return undefined;
}
