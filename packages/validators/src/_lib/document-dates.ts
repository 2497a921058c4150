// Dates printed in identity documents (issue, expiry, decision dates), read strictly through
// `parseStrictDate` (ДД.ММ.ГГГГ or YYYY-MM-DD, DOC-9), plus the small calendar arithmetic the
// validity rules need. Pure integer arithmetic: no machine time zone involved.
import { issue, type Issue, type IssuePath } from '@kabinet/core/result';
import { wrongTypeIssue } from './normalize-input.js';
import {
  daysInMonth,
  epochDayToParts,
  parseStrictDate,
  partsFromEpochMs,
  partsToEpochDay,
  type PlainDateParts,
} from './parse-strict-date.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** Reads an optional document date: `absent` for undefined, null or blank. */
export function readDocumentDate(
  value: unknown,
  path: IssuePath,
  field: string,
): { parts: PlainDateParts } | { absent: true } | { issue: Issue<ValidatorIssueCode> } {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return { absent: true };
  if (typeof value !== 'string') return { issue: wrongTypeIssue(value, [...path, field]) };
  const parsed = parseStrictDate(value);
  return parsed.ok
    ? { parts: parsed.parts }
    : { issue: issue('document.date', [...path, field], { field }) };
}

/** The calendar date of "now": epoch ms read at a UTC offset, or a date string. */
export function readOnDate(
  on: number | string,
  utcOffsetMinutes: number,
): PlainDateParts | undefined {
  if (typeof on === 'number')
    return Number.isFinite(on) ? partsFromEpochMs(on, utcOffsetMinutes) : undefined;
  if (typeof on !== 'string') return undefined;
  const parsed = parseStrictDate(on);
  return parsed.ok ? parsed.parts : undefined;
}

/** Adds calendar months; a day past the end of the target month becomes its last day (31.08 + 6 → 28/29.02). */
export function addMonths(parts: PlainDateParts, months: number): PlainDateParts {
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(parts.day, daysInMonth(year, month)) };
}

/** Adds days. */
export function addDays(parts: PlainDateParts, days: number): PlainDateParts {
  return epochDayToParts(partsToEpochDay(parts) + days);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: PlainDateParts, b: PlainDateParts): number {
  return partsToEpochDay(b) - partsToEpochDay(a);
}
