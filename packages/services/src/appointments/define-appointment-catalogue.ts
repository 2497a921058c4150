import { KabinetError } from '@kabinet/core';
import { ACCOUNT_LEVELS } from '@kabinet/ports';
import type { AppointmentCatalogue } from './appointment-catalogue.js';
import { defaultAppointmentCatalogue } from './default-appointment-catalogue.js';
import { parseClock } from './_lib/day-starts.js';
import { zoneOffsetAt } from './zoned-time.js';

const ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// A minimum level is one an account reaches: any but `none`.
const LEVELS = new Set<string>(ACCOUNT_LEVELS.filter((level) => level !== 'none'));

function bad(why: string): never {
  throw new KabinetError('ERR_CONFIG', `appointment catalogue: ${why}`);
}

/**
 * Builds an appointment catalogue from overrides on a base (default
 * {@link defaultAppointmentCatalogue}) and checks it: unique ids of lower-case letters, digits,
 * `_` and `-`; known IANA zones; `HH:MM` hours with opening before closing and breaks inside
 * them; slot lengths of 5–240 minutes; capacities of 1–10 000; every scheduled service defined;
 * valid holiday dates.
 *
 * @param overrides - the fields to replace (`offices`, `services`, `holidays`)
 * @param base - the catalogue to start from
 * @returns the checked catalogue
 * @throws KabinetError `ERR_CONFIG` naming the first problem
 * @example
 * ```ts
 * const catalogue = defineAppointmentCatalogue({ holidays: [...russianPublicHolidays, '2027-01-11'] });
 * defineAppointmentCatalogue({ offices: [{ ...office, timeZone: 'Mars/Olympus' }] }); // throws ERR_CONFIG
 * ```
 */
export function defineAppointmentCatalogue(
  overrides: Partial<AppointmentCatalogue> = {},
  base: AppointmentCatalogue = defaultAppointmentCatalogue,
): AppointmentCatalogue {
  const catalogue: AppointmentCatalogue = { ...base, ...overrides };
  const serviceIds = new Set<string>();
  for (const service of catalogue.services) {
    if (!ID.test(service.id) || serviceIds.has(service.id))
      bad(`service id ${service.id} is malformed or repeated`);
    serviceIds.add(service.id);
    if (!LEVELS.has(service.minLevel)) bad(`service ${service.id}: unknown minLevel`);
    if (service.name.ru === '' || service.name.en === '')
      bad(`service ${service.id}: a name in both languages`);
  }
  const officeIds = new Set<string>();
  for (const office of catalogue.offices) {
    if (!ID.test(office.id) || officeIds.has(office.id))
      bad(`office id ${office.id} is malformed or repeated`);
    officeIds.add(office.id);
    try {
      zoneOffsetAt(0, office.timeZone);
    } catch {
      bad(`office ${office.id}: unknown time zone ${office.timeZone}`);
    }
    for (const date of office.closedDates ?? [])
      if (!DATE.test(date)) bad(`office ${office.id}: closed date ${date} is not YYYY-MM-DD`);
    const scheduled = new Set<string>();
    for (const schedule of office.services) {
      const where = `office ${office.id}, service ${schedule.serviceId}`;
      if (!serviceIds.has(schedule.serviceId) || scheduled.has(schedule.serviceId))
        bad(`${where}: unknown or repeated service`);
      scheduled.add(schedule.serviceId);
      if (
        !Number.isInteger(schedule.slotMinutes) ||
        schedule.slotMinutes < 5 ||
        schedule.slotMinutes > 240
      )
        bad(`${where}: slotMinutes must be 5–240`);
      if (
        !Number.isInteger(schedule.capacity) ||
        schedule.capacity < 1 ||
        schedule.capacity > 10_000
      )
        bad(`${where}: capacity must be 1–10000`);
      for (const [day, hours] of Object.entries(schedule.week)) {
        if (hours === undefined) continue;
        const open = parseClock(hours.open);
        const close = parseClock(hours.close);
        if (!(open < close)) bad(`${where}, ${day}: opening must be HH:MM before closing`);
        for (const b of hours.breaks ?? []) {
          const from = parseClock(b.from);
          const to = parseClock(b.to);
          if (!(open <= from && from < to && to <= close))
            bad(`${where}, ${day}: a break must be HH:MM inside the opening hours`);
        }
      }
    }
  }
  for (const date of catalogue.holidays)
    if (!DATE.test(date)) bad(`holiday ${date} is not YYYY-MM-DD`);
  return catalogue;
}
