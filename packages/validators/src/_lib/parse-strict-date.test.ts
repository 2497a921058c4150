import { fc, test } from '@fast-check/vitest';
import { parse as dateFnsParse, isValid as dateFnsIsValid } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  compareParts,
  daysInMonth,
  epochDayToParts,
  fullYearsBetween,
  isoToParts,
  parseStrictDate,
  partsFromEpochMs,
  partsToEpochDay,
  partsToIso,
  partsToRu,
} from './parse-strict-date.js';

const DAY = 86_400_000;
const instant = fc.date({
  min: new Date('0001-01-01T00:00:00Z'),
  max: new Date('9999-12-31T23:59:59Z'),
  noInvalidDate: true,
});

describe('parseStrictDate', () => {
  test.prop([instant])('DOC-9: every calendar date round-trips through ДД.ММ.ГГГГ and ISO', (d) => {
    const parts = partsFromEpochMs(d.getTime());
    const ru = parseStrictDate(partsToRu(parts));
    const iso = parseStrictDate(partsToIso(parts));
    expect(ru).toEqual({ ok: true, parts, format: 'ru' });
    expect(iso).toEqual({ ok: true, parts, format: 'iso' });
    expect(isoToParts(partsToIso(parts))).toEqual(parts);
  });

  test.prop([instant])('epoch-day arithmetic agrees with Date.UTC', (d) => {
    const parts = partsFromEpochMs(d.getTime());
    const epochDay = Math.floor(d.getTime() / DAY);
    expect(partsToEpochDay(parts)).toBe(epochDay);
    expect(epochDayToParts(epochDay)).toEqual(parts);
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 20 })])(
    'never throws on any text',
    (text) => {
      const r = parseStrictDate(text);
      expect(typeof r.ok).toBe('boolean');
    },
  );

  it('DOC-9: rejects what date-fns alone lets through (1.2.2024, 01.02.24)', () => {
    // The lenient peer behaviour this parser guards against:
    expect(dateFnsIsValid(dateFnsParse('1.2.2024', 'dd.MM.yyyy', new Date(0)))).toBe(true);
    expect(dateFnsIsValid(dateFnsParse('01.02.24', 'dd.MM.yyyy', new Date(0)))).toBe(true);
    expect(parseStrictDate('1.2.2024')).toEqual({ ok: false, reason: 'format' });
    expect(parseStrictDate('01.02.24')).toEqual({ ok: false, reason: 'format' });
    expect(parseStrictDate('1.02.2024')).toEqual({ ok: false, reason: 'format' });
    expect(parseStrictDate('01.2.2024')).toEqual({ ok: false, reason: 'format' });
    expect(parseStrictDate('01.02.02024')).toEqual({ ok: false, reason: 'format' });
    expect(parseStrictDate('01/02/2024')).toEqual({ ok: false, reason: 'format' });
    expect(parseStrictDate('2024-2-1')).toEqual({ ok: false, reason: 'format' });
    expect(parseStrictDate('2024-02-01T00:00:00Z')).toEqual({ ok: false, reason: 'format' });
  });

  it('DOC-9: leap days exist only in leap years', () => {
    expect(parseStrictDate('29.02.2024').ok).toBe(true);
    expect(parseStrictDate('29.02.2000').ok).toBe(true);
    expect(parseStrictDate('29.02.2023')).toEqual({ ok: false, reason: 'day', format: 'ru' });
    expect(parseStrictDate('1900-02-29')).toEqual({ ok: false, reason: 'day', format: 'iso' });
    expect(parseStrictDate('31.04.2024')).toMatchObject({ ok: false, reason: 'day' });
    expect(parseStrictDate('01.13.2024')).toMatchObject({ ok: false, reason: 'month' });
    expect(parseStrictDate('01.01.0000')).toMatchObject({ ok: false, reason: 'year' });
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('DOC-4: full-width digits, NBSP, zero-width characters and en-dashes are cleaned', () => {
    const expected = { year: 2024, month: 2, day: 29 };
    expect(parseStrictDate('２９．０２．２０２４')).toMatchObject({ ok: true, parts: expected });
    expect(parseStrictDate(' 29.\u00A002.\u200B2024 ')).toMatchObject({
      ok: true,
      parts: expected,
    });
    expect(parseStrictDate('2024\u201302\u201329')).toMatchObject({ ok: true, parts: expected });
    expect(parseStrictDate('29.02.2024', ['iso'])).toEqual({ ok: false, reason: 'format' });
  });

  it('a fixed UTC offset decides the calendar date of an instant, not the machine zone', () => {
    const justBeforeMidnightUtc = Date.UTC(2024, 1, 28, 23, 30);
    expect(partsFromEpochMs(justBeforeMidnightUtc)).toEqual({ year: 2024, month: 2, day: 28 });
    expect(partsFromEpochMs(justBeforeMidnightUtc, 180)).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('fullYearsBetween', () => {
  it('a 29.02 birthday is reached on 01.03 in a common year by default, on 28.02 on request', () => {
    const birth = { year: 2008, month: 2, day: 29 };
    expect(fullYearsBetween(birth, { year: 2026, month: 2, day: 28 })).toBe(17);
    expect(fullYearsBetween(birth, { year: 2026, month: 3, day: 1 })).toBe(18);
    expect(fullYearsBetween(birth, { year: 2026, month: 2, day: 28 }, 'february-28')).toBe(18);
    expect(fullYearsBetween(birth, { year: 2028, month: 2, day: 28 }, 'february-28')).toBe(19);
    expect(fullYearsBetween(birth, { year: 2028, month: 2, day: 29 })).toBe(20);
  });

  test.prop([instant, fc.integer({ min: 0, max: 200 })])(
    'adding n years to a date that exists again gives age n',
    (d, n) => {
      const birth = partsFromEpochMs(d.getTime());
      fc.pre(birth.year + n <= 9999 && !(birth.month === 2 && birth.day === 29));
      const on = { ...birth, year: birth.year + n };
      expect(fullYearsBetween(birth, on)).toBe(n);
      expect(compareParts(birth, on)).toBeLessThanOrEqual(0);
    },
  );
});
