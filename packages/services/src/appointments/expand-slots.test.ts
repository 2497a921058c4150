import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type {
  AppointmentOffice,
  DayHours,
  OfficeServiceSchedule,
  Weekday,
} from './appointment-catalogue.js';
import { defaultAppointmentCatalogue } from './default-appointment-catalogue.js';
import { expandSlots } from './expand-slots.js';
import { russianPublicHolidays } from './russian-public-holidays.js';
import { utcToZoned } from './zoned-time.js';

const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const ZONES = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Asia/Yekaterinburg',
  'Asia/Novosibirsk',
  'Asia/Vladivostok',
  'Asia/Kamchatka',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
];
const hm = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const toMin = (s: string): number => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));

/** Random day hours: opening 00:00–20:00, closing after it, up to two breaks inside. */
const dayHours: fc.Arbitrary<DayHours> = fc
  .tuple(
    fc.integer({ min: 0, max: 1200 }),
    fc.integer({ min: 30, max: 1439 }),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 })), {
      maxLength: 2,
    }),
  )
  .map(([open, length, raw]) => {
    const close = Math.min(1439, open + length);
    const breaks = raw
      .map(([a, b]) => [open + (a % Math.max(1, close - open)), b] as const)
      .map(([from, len]) => ({ from: hm(from), to: hm(Math.min(close, from + 1 + (len % 120))) }))
      .filter((b) => toMin(b.from) < toMin(b.to));
    return { open: hm(open), close: hm(close), breaks };
  });
const schedule: fc.Arbitrary<OfficeServiceSchedule> = fc
  .tuple(
    fc.integer({ min: 5, max: 240 }),
    fc.integer({ min: 1, max: 5 }),
    fc.array(fc.option(dayHours, { nil: undefined }), { minLength: 7, maxLength: 7 }),
  )
  .map(([slotMinutes, capacity, days]) => ({
    serviceId: 'svc',
    slotMinutes,
    capacity,
    week: Object.fromEntries(days.flatMap((d, i) => (d === undefined ? [] : [[WEEK[i]!, d]]))),
  }));
const office = (timeZone: string, closedDates: string[] = []): AppointmentOffice => ({
  id: 'off-1',
  name: { ru: 'О', en: 'O' },
  address: { ru: 'А', en: 'A' },
  timeZone,
  services: [],
  closedDates,
});
const startDay = fc.constantFrom(
  '2026-01-01',
  '2026-03-25',
  '2026-10-22',
  '2027-01-05',
  '2027-05-01',
  '2014-10-24',
  '2026-12-28',
);

describe('expandSlots', () => {
  test.prop(
    [
      fc.constantFrom(...ZONES),
      schedule,
      startDay,
      fc.integer({ min: 0, max: 9 }),
      fc.subarray(russianPublicHolidays as string[]),
    ],
    { numRuns: 150 },
  )(
    'SVC-2: no slot on a closed weekday, a holiday or a closed date, outside the hours or in a break — in any zone; each start reads back as its local time',
    (tz, sched, from, days, holidays) => {
      const to = new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const closed = [to];
      const slots = expandSlots(office(tz, closed), sched, from, to, new Set(holidays));
      const keys = new Set<string>();
      for (const s of slots) {
        const local = utcToZoned(s.start, tz);
        expect(local.date).toBe(s.localDate);
        expect(hm(local.minutes)).toBe(s.localTime);
        expect(s.localDate >= from && s.localDate <= to).toBe(true);
        expect(holidays.includes(s.localDate) || closed.includes(s.localDate)).toBe(false);
        const hours = sched.week[WEEK[local.weekday - 1]!];
        expect(hours).toBeDefined();
        const m = local.minutes;
        expect(m >= toMin(hours!.open) && m + sched.slotMinutes <= toMin(hours!.close)).toBe(true);
        for (const b of hours!.breaks ?? [])
          expect(m < toMin(b.to) && m + sched.slotMinutes > toMin(b.from)).toBe(false);
        expect(s.end - s.start).toBe(sched.slotMinutes * 60_000);
        expect(s.capacity).toBe(sched.capacity);
        expect(keys.has(s.key)).toBe(false);
        keys.add(s.key);
      }
      for (let i = 1; i < slots.length; i++)
        expect(slots[i]!.start).toBeGreaterThan(slots[i - 1]!.start);
    },
  );

  const moscow = defaultAppointmentCatalogue.offices.find((o) => o.id === 'mow-1')!;
  const patent = moscow.services.find((s) => s.serviceId === 'patent')!;
  const holidays = new Set(russianPublicHolidays);

  it('SVC-2: a Moscow Monday: 09:00 (06:00 UTC) to 18:00 in 15-minute slots around the 13:00–13:45 lunch', () => {
    const slots = expandSlots(moscow, patent, '2027-01-11', '2027-01-11', holidays);
    expect(slots[0]).toMatchObject({
      key: 'mow-1:patent:2027-01-11T09:00',
      start: Date.UTC(2027, 0, 11, 6, 0),
      localTime: '09:00',
      capacity: 4,
    });
    expect(slots.at(-1)?.localTime).toBe('17:45');
    expect(slots.map((s) => s.localTime)).toContain('12:45');
    expect(slots.map((s) => s.localTime)).not.toContain('13:00');
    expect(slots.map((s) => s.localTime)).not.toContain('13:30');
    expect(slots.map((s) => s.localTime)).toContain('13:45');
    expect(slots).toHaveLength(36 - 3);
  });

  it('SVC-2: the New Year holidays 1–8 January and a transferred day have no slots; Saturday has the morning shift', () => {
    expect(expandSlots(moscow, patent, '2027-01-01', '2027-01-08', holidays)).toEqual([]);
    expect(expandSlots(moscow, patent, '2026-01-09', '2026-01-09', holidays)).toEqual([]);
    expect(expandSlots(moscow, patent, '2026-05-11', '2026-05-11', holidays)).toEqual([]);
    const saturday = expandSlots(moscow, patent, '2027-01-16', '2027-01-16', holidays);
    expect(saturday.map((s) => s.localTime)).toEqual([
      '10:00',
      '10:15',
      '10:30',
      '10:45',
      '11:00',
      '11:15',
      '11:30',
      '11:45',
      '12:00',
      '12:15',
      '12:30',
      '12:45',
      '13:00',
      '13:15',
      '13:30',
      '13:45',
    ]);
  });

  it("SVC-2: Vladivostok's 09:00 is the previous UTC day; Kaliningrad's is 07:00 UTC", () => {
    const vvo = defaultAppointmentCatalogue.offices.find((o) => o.id === 'vvo-1')!;
    const kgd = defaultAppointmentCatalogue.offices.find((o) => o.id === 'kgd-1')!;
    expect(expandSlots(vvo, vvo.services[2]!, '2027-01-11', '2027-01-11', holidays)[0]!.start).toBe(
      Date.UTC(2027, 0, 10, 23, 0),
    );
    expect(expandSlots(kgd, kgd.services[2]!, '2027-01-11', '2027-01-11', holidays)[0]!.start).toBe(
      Date.UTC(2027, 0, 11, 7, 0),
    );
  });

  it('a day with a forward change of offset loses the skipped local slots and keeps the rest exact (Berlin)', () => {
    const night: OfficeServiceSchedule = {
      serviceId: 'svc',
      slotMinutes: 30,
      capacity: 1,
      week: { sun: { open: '01:00', close: '04:00' } },
    };
    const slots = expandSlots(
      office('Europe/Berlin'),
      night,
      '2026-03-29',
      '2026-03-29',
      new Set(),
    );
    expect(slots.map((s) => s.localTime)).toEqual(['01:00', '01:30', '03:00', '03:30']);
    expect(slots[2]!.start - slots[1]!.start).toBe(30 * 60_000);
  });
});
