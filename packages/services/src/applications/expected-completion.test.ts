import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { RUSSIAN_HOLIDAYS_2026_2027 } from './applications-policy.js';
import { expectedCompletion } from './expected-completion.js';

const moscow = { holidays: RUSSIAN_HOLIDAYS_2026_2027, utcOffsetMinutes: 180 };
const plain = { holidays: [], utcOffsetMinutes: 0 };
const DAY = 86_400_000;
const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 1) });

function workingDaysBetween(fromIso: string, toIso: string, holidays: readonly string[]): number {
  let n = 0;
  for (
    let t = Date.parse(`${fromIso}T00:00:00Z`) + DAY;
    t <= Date.parse(`${toIso}T00:00:00Z`);
    t += DAY
  ) {
    const d = new Date(t);
    if (
      d.getUTCDay() !== 0 &&
      d.getUTCDay() !== 6 &&
      !holidays.includes(d.toISOString().slice(0, 10))
    )
      n++;
  }
  return n;
}

describe('expectedCompletion', () => {
  it('SVC-1: Friday + 3 working days is the next Wednesday; the start day does not count', () => {
    expect(
      expectedCompletion(
        { startedAt: Date.UTC(2027, 0, 15, 9), workingDays: 3, pausedMs: 0 },
        plain,
      ),
    ).toBe('2027-01-20');
    expect(
      expectedCompletion(
        { startedAt: Date.UTC(2027, 0, 15, 9), workingDays: 0, pausedMs: 0 },
        plain,
      ),
    ).toBe('2027-01-15');
  });

  it('SVC-1: the local day is the authority’s: 22:30 UTC on Sunday is Monday in Moscow', () => {
    const sundayLate = Date.UTC(2027, 0, 17, 22, 30);
    expect(
      expectedCompletion(
        { startedAt: sundayLate, workingDays: 1, pausedMs: 0 },
        { holidays: [], utcOffsetMinutes: 180 },
      ),
    ).toBe('2027-01-19');
    expect(expectedCompletion({ startedAt: sundayLate, workingDays: 1, pausedMs: 0 }, plain)).toBe(
      '2027-01-18',
    );
  });

  it('SVC-1: the New Year holidays and a moved May holiday do not count', () => {
    // 30 Dec 2026 (Wed) + 2 working days: 31 Dec, then 11 Jan (1–8 January are holidays, 9–10 a weekend).
    expect(
      expectedCompletion(
        { startedAt: Date.UTC(2026, 11, 30, 9), workingDays: 2, pausedMs: 0 },
        moscow,
      ),
    ).toBe('2027-01-11');
    // 8 May 2026 (Fri) + 1: 9–10 May weekend, 11 May the moved holiday → 12 May.
    expect(
      expectedCompletion(
        { startedAt: Date.UTC(2026, 4, 8, 9), workingDays: 1, pausedMs: 0 },
        moscow,
      ),
    ).toBe('2026-05-12');
  });

  it('SVC-1: the clock stops while waiting for the user: 10 days of pause move the date by the same span', () => {
    const base = { startedAt: Date.UTC(2027, 1, 1, 9), workingDays: 10 };
    expect(expectedCompletion({ ...base, pausedMs: 0 }, plain)).toBe('2027-02-15');
    expect(expectedCompletion({ ...base, pausedMs: 14 * DAY }, plain)).toBe('2027-03-01');
  });

  test.prop([instant, fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 60 * DAY })])(
    'SVC-1: the date is a working day, exactly workingDays working days after the (shifted) start day',
    (startedAt, workingDays, pausedMs) => {
      const date = expectedCompletion({ startedAt, workingDays, pausedMs }, moscow);
      const startDay = new Date(startedAt + pausedMs + 180 * 60_000).toISOString().slice(0, 10);
      expect(workingDaysBetween(startDay, date, RUSSIAN_HOLIDAYS_2026_2027)).toBe(workingDays);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      expect(weekday === 0 || weekday === 6 || RUSSIAN_HOLIDAYS_2026_2027.includes(date)).toBe(
        false,
      );
    },
  );

  test.prop([
    instant,
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 0, max: 30 * DAY }),
    fc.integer({ min: 0, max: 30 * DAY }),
  ])(
    'is monotone: a longer pause or one more working day never makes the date earlier',
    (startedAt, workingDays, pause, more) => {
      const a = expectedCompletion({ startedAt, workingDays, pausedMs: pause }, moscow);
      expect(
        expectedCompletion({ startedAt, workingDays, pausedMs: pause + more }, moscow) >= a,
      ).toBe(true);
      expect(
        expectedCompletion({ startedAt, workingDays: workingDays + 1, pausedMs: pause }, moscow) >
          a,
      ).toBe(true);
    },
  );
});
