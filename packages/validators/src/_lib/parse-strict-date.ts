// Strict calendar-date core shared by every validator that reads a date (DOC-9): the date
// area, document issue/expiry dates, MRZ dates. Pure calendar arithmetic on integers — no
// `Date` objects in local time, so results never depend on the machine's time zone.
//
// date-fns' `parse(s, 'dd.MM.yyyy', ref)` accepts `1.2.2024` and treats `01.02.24` as the
// year 24; this parser demands exactly two day digits, two month digits and four year digits.
import { cleanText } from './normalize-input.js';

/** A calendar date without time or zone. `month` is 1–12, `day` 1–31. */
export interface PlainDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The input notations the strict parser understands. */
export type StrictDateFormat = 'ru' | 'iso';

/** Why a text is not a strict date. */
export type StrictDateFailure =
  /** Not `ДД.ММ.ГГГГ` / `YYYY-MM-DD` at all (e.g. `1.2.2024`, `01.02.24`, `01/02/2024`). */
  | 'format'
  /** Year 0000. */
  | 'year'
  /** Month outside 01–12. */
  | 'month'
  /** Day outside the month (e.g. `31.04.2024`, `29.02.2023`). */
  | 'day';

/** The outcome of {@link parseStrictDate}. */
export type StrictDateOutcome =
  | { readonly ok: true; readonly parts: PlainDateParts; readonly format: StrictDateFormat }
  | { readonly ok: false; readonly reason: StrictDateFailure; readonly format?: StrictDateFormat };

const RU = /^(\d{2})\.(\d{2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Checks integer parts against the calendar; `undefined` when they form a real date. */
export function checkDateParts(
  year: number,
  month: number,
  day: number,
): StrictDateFailure | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return 'format';
  if (year < 1 || year > 9999) return 'year';
  if (month < 1 || month > 12) return 'month';
  if (day < 1 || day > daysInMonth(year, month)) return 'day';
  return undefined;
}

/**
 * Parses `ДД.ММ.ГГГГ` or `YYYY-MM-DD` strictly. Input hygiene first (NFKC — full-width
 * digits become ASCII —, invisible characters dropped, dash variants to `-`), then every
 * space is removed: spaces carry no meaning in a date and autofill inserts them.
 *
 * @param text - the raw text
 * @param formats - notations to accept (default both)
 */
export function parseStrictDate(
  text: string,
  formats: readonly StrictDateFormat[] = ['ru', 'iso'],
): StrictDateOutcome {
  const compact = cleanText(text).replace(/ /g, '');
  let year: number;
  let month: number;
  let day: number;
  let format: StrictDateFormat;
  const ru = formats.includes('ru') ? RU.exec(compact) : null;
  const iso = ru === null && formats.includes('iso') ? ISO.exec(compact) : null;
  if (ru !== null) {
    format = 'ru';
    day = Number(ru[1]);
    month = Number(ru[2]);
    year = Number(ru[3]);
  } else if (iso !== null) {
    format = 'iso';
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return { ok: false, reason: 'format' };
  }
  const reason = checkDateParts(year, month, day);
  return reason === undefined
    ? { ok: true, parts: { year, month, day }, format }
    : { ok: false, reason, format };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DD` of valid parts. */
export function partsToIso(parts: PlainDateParts): string {
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/** `ДД.ММ.ГГГГ` of valid parts. */
export function partsToRu(parts: PlainDateParts): string {
  return `${pad(parts.day, 2)}.${pad(parts.month, 2)}.${pad(parts.year, 4)}`;
}

/** Reads a `YYYY-MM-DD` string produced by {@link partsToIso}; `undefined` when it is not one. */
export function isoToParts(iso: string): PlainDateParts | undefined {
  const m = ISO.exec(iso);
  if (m === null) return undefined;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return checkDateParts(parts.year, parts.month, parts.day) === undefined ? parts : undefined;
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareParts(a: PlainDateParts, b: PlainDateParts): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The calendar date of an instant in a fixed UTC offset (minutes east of UTC; Moscow is
 * +180). Never uses the machine's zone.
 */
export function partsFromEpochMs(epochMs: number, offsetMinutes = 0): PlainDateParts {
  const d = new Date(epochMs + offsetMinutes * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian, pure arithmetic). */
export function partsToEpochDay(parts: PlainDateParts): number {
  // Howard Hinnant's days_from_civil.
  const y = parts.year - (parts.month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (parts.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + parts.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link partsToEpochDay}. */
export function epochDayToParts(epochDay: number): PlainDateParts {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** When someone born on 29 February turns a year older in a common year. */
export type LeapDayBirthdayRule = 'march-1' | 'february-28';

/**
 * Whole years between two dates (age on `on` of someone born on `birth`). A 29 February
 * birthday in a common year counts as reached on 1 March by default (the usual Russian
 * reading: the year is complete at the end of 28.02), or on 28 February with `'february-28'`.
 */
export function fullYearsBetween(
  birth: PlainDateParts,
  on: PlainDateParts,
  leapDay: LeapDayBirthdayRule = 'march-1',
): number {
  let birthDay = birth.day;
  if (leapDay === 'february-28' && birth.month === 2 && birth.day === 29 && !isLeapYear(on.year))
    birthDay = 28;
  let years = on.year - birth.year;
  if (on.month < birth.month || (on.month === birth.month && on.day < birthDay)) years -= 1;
  return years;
}
