import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { utcToZoned, zonedToUtc, zoneOffsetAt } from './zoned-time.js';

const RUSSIAN = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
  'Europe/Volgograd',
];
const DST = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Pacific/Chatham',
  'UTC',
];
const zone = fc.constantFrom(...RUSSIAN, ...DST);
const date = fc
  .date({
    min: new Date(Date.UTC(1995, 0, 1)),
    max: new Date(Date.UTC(2040, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
// Days with a change of offset in the zones above, so the properties meet them often.
const changeDays = fc.constantFrom(
  '2011-03-27',
  '2014-10-26',
  '2016-03-27',
  '2018-10-28',
  '2020-12-27',
  '2026-03-29',
  '2026-10-25',
  '2026-03-08',
  '2026-11-01',
  '2026-04-05',
  '2026-10-04',
  '2026-09-27',
);
const anyDay = fc.oneof(date, changeDays);

describe('zoned time', () => {
  test.prop([zone, anyDay, fc.integer({ min: 0, max: 1439 })], { numRuns: 600 })(
    'SVC-2: a local time that exists round-trips exactly; one that does not lies in a forward change of offset',
    (tz, day, minutes) => {
      const instant = zonedToUtc(day, minutes, tz);
      if (instant !== undefined) {
        const back = utcToZoned(instant, tz);
        expect(back.date).toBe(day);
        expect(back.minutes).toBe(minutes);
      } else {
        const wall = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
        expect(zoneOffsetAt(wall - 86_400_000, tz)).toBeLessThan(
          zoneOffsetAt(wall + 86_400_000, tz),
        );
      }
    },
  );

  test.prop([zone, fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2040, 0, 1) })], {
    numRuns: 300,
  })(
    'an instant read as local time and built back is the same instant (minute precision), or the earlier of two readings',
    (tz, ms) => {
      const instant = ms - (ms % 60_000);
      const local = utcToZoned(instant, tz);
      const built = zonedToUtc(local.date, local.minutes, tz);
      expect(built).toBeDefined();
      expect(built! <= instant).toBe(true);
      expect(utcToZoned(built!, tz)).toEqual(local);
    },
  );

  it('Russian offices: Kaliningrad +2, Moscow +3, Yekaterinburg +5, Novosibirsk +7, Vladivostok +10', () => {
    const nine = (tz: string) => zonedToUtc('2027-01-15', 9 * 60, tz);
    expect(nine('Europe/Kaliningrad')).toBe(Date.UTC(2027, 0, 15, 7));
    expect(nine('Europe/Moscow')).toBe(Date.UTC(2027, 0, 15, 6));
    expect(nine('Asia/Yekaterinburg')).toBe(Date.UTC(2027, 0, 15, 4));
    expect(nine('Asia/Novosibirsk')).toBe(Date.UTC(2027, 0, 15, 2));
    expect(nine('Asia/Vladivostok')).toBe(Date.UTC(2027, 0, 14, 23));
    expect(utcToZoned(Date.UTC(2027, 0, 14, 23), 'Asia/Vladivostok')).toEqual({
      date: '2027-01-15',
      minutes: 540,
      weekday: 5,
    });
  });

  it("Moscow's offsets by law: +4 until 2014-10-26, then +3; 01:30 that night happened twice and the earlier is taken", () => {
    expect(zonedToUtc('2014-10-25', 9 * 60, 'Europe/Moscow')).toBe(Date.UTC(2014, 9, 25, 5));
    expect(zonedToUtc('2014-10-27', 9 * 60, 'Europe/Moscow')).toBe(Date.UTC(2014, 9, 27, 6));
    expect(zonedToUtc('2014-10-26', 90, 'Europe/Moscow')).toBe(Date.UTC(2014, 9, 25, 21, 30));
  });

  it('a skipped local time has no instant; the hours either side are exact (Berlin, spring 2026)', () => {
    expect(zonedToUtc('2026-03-29', 150, 'Europe/Berlin')).toBeUndefined();
    expect(zonedToUtc('2026-03-29', 119, 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 0, 59));
    expect(zonedToUtc('2026-03-29', 180, 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 1, 0));
    expect(zonedToUtc('2026-10-25', 150, 'Europe/Berlin')).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('time-zone midnights: 00:00 and 23:59 stay on their local date', () => {
    expect(utcToZoned(zonedToUtc('2027-01-01', 0, 'Asia/Kamchatka')!, 'Asia/Kamchatka').date).toBe(
      '2027-01-01',
    );
    expect(
      utcToZoned(zonedToUtc('2027-12-31', 1439, 'Europe/Kaliningrad')!, 'Europe/Kaliningrad'),
    ).toMatchObject({ date: '2027-12-31', minutes: 1439 });
  });

  it('a malformed date or unknown zone is misuse', () => {
    expect(() => zonedToUtc('15.01.2027', 0, 'Europe/Moscow')).toThrow(/bad local date/);
    expect(() => zonedToUtc('2027-01-15', 1440, 'Europe/Moscow')).toThrow(/bad local date/);
    expect(() => zonedToUtc('2027-01-15', 0, 'Mars/Olympus')).toThrow(/unknown time zone/);
    expect(() => zonedToUtc('2027-02-29', 0, 'Europe/Moscow')).toThrow(/not a calendar date/);
    expect(zonedToUtc('2028-02-29', 0, 'Europe/Moscow')).toBe(Date.UTC(2028, 1, 28, 21, 0));
  });
});
