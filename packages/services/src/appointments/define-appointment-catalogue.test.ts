import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { defaultAppointmentCatalogue } from './default-appointment-catalogue.js';
import { defineAppointmentCatalogue } from './define-appointment-catalogue.js';
import { russianPublicHolidays } from './russian-public-holidays.js';

const office = defaultAppointmentCatalogue.offices[0]!;
const schedule = office.services[0]!;

describe('defineAppointmentCatalogue', () => {
  it('SVC-2: the default catalogue passes; every service lists the documents to bring', () => {
    expect(defineAppointmentCatalogue()).toEqual(defaultAppointmentCatalogue);
    for (const service of defaultAppointmentCatalogue.services)
      expect(service.documents.length).toBeGreaterThan(0);
    expect(new Set(defaultAppointmentCatalogue.offices.map((o) => o.timeZone)).size).toBe(5);
  });

  it('SVC-2: the holidays include 1–6 and 8 January and the 2026 transfers date-holidays misses (reference/services.md §2)', () => {
    for (const d of [
      '2026-01-03',
      '2026-01-04',
      '2026-01-05',
      '2026-01-06',
      '2026-01-08',
      '2026-05-11',
      '2026-03-09',
      '2027-01-06',
    ])
      expect(russianPublicHolidays).toContain(d);
  });

  test.prop([fc.integer({ min: -100, max: 400 }), fc.integer({ min: -5, max: 20_000 })])(
    'a slot length outside 5–240 minutes or a capacity outside 1–10000 is ERR_CONFIG; inside passes',
    (slotMinutes, capacity) => {
      const build = () =>
        defineAppointmentCatalogue({
          offices: [{ ...office, services: [{ ...schedule, slotMinutes, capacity }] }],
        });
      if (slotMinutes >= 5 && slotMinutes <= 240 && capacity >= 1 && capacity <= 10_000)
        expect(build().offices[0]!.services[0]).toMatchObject({ slotMinutes, capacity });
      else expect(build).toThrow(expect.objectContaining({ code: 'ERR_CONFIG' }));
    },
  );

  it('refuses an unknown zone, a break outside the hours, hours that close before opening, an unknown service and a malformed holiday', () => {
    expect(() =>
      defineAppointmentCatalogue({ offices: [{ ...office, timeZone: 'Mars/Olympus' }] }),
    ).toThrow(/unknown time zone/);
    expect(() =>
      defineAppointmentCatalogue({
        offices: [
          {
            ...office,
            services: [
              {
                ...schedule,
                week: {
                  mon: { open: '09:00', close: '18:00', breaks: [{ from: '17:30', to: '18:30' }] },
                },
              },
            ],
          },
        ],
      }),
    ).toThrow(/break/);
    expect(() =>
      defineAppointmentCatalogue({
        offices: [
          {
            ...office,
            services: [{ ...schedule, week: { mon: { open: '18:00', close: '09:00' } } }],
          },
        ],
      }),
    ).toThrow(/opening/);
    expect(() =>
      defineAppointmentCatalogue({
        offices: [{ ...office, services: [{ ...schedule, serviceId: 'nope' }] }],
      }),
    ).toThrow(/unknown or repeated service/);
    expect(() => defineAppointmentCatalogue({ holidays: ['2027-13-01'] })).toThrow(/holiday/);
  });
});
