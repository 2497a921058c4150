import type { AppointmentOffice, OfficeServiceSchedule, Weekday } from './appointment-catalogue.js';
import { zonedToUtc } from './zoned-time.js';
import { clockText, dayStarts } from './_lib/day-starts.js';

/** One bookable time of an office for a service, before seats are counted. */
export interface SlotDefinition {
  /** The store key: `office:service:YYYY-MM-DDTHH:MM` (local). */
  readonly key: string;
  /** Start, epoch ms (UTC instant). */
  readonly start: number;
  /** End, epoch ms. */
  readonly end: number;
  /** Local date in the office's zone, `YYYY-MM-DD`. */
  readonly localDate: string;
  /** Local start time, `HH:MM`. */
  readonly localTime: string;
  /** Seats of the slot. */
  readonly capacity: number;
}

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY = 86_400_000;

/** `YYYY-MM-DD` → epoch ms of its UTC midnight (a day counter, not an instant of the office). */
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const dateOf = (utcMidnight: number): string => new Date(utcMidnight).toISOString().slice(0, 10);

/**
 * Expands an office's weekly schedule for one service into its slots from `from` to `to`
 * (local dates, both included), in the office's time zone (SVC-2). Rules are expanded on
 * request, nothing is stored: no slot on a closed weekday, a public holiday or a closed date of
 * the office, outside opening hours or overlapping a break; a local time a change of offset
 * skips gives no slot. Each start is the exact UTC instant of the local time.
 *
 * @param office - the office (its zone and closed dates)
 * @param schedule - the office's schedule for the service
 * @param from - first local date, `YYYY-MM-DD`
 * @param to - last local date, `YYYY-MM-DD`
 * @param holidays - public holidays (local dates)
 * @returns the slots in time order
 * @example
 * ```ts
 * const office = defaultAppointmentCatalogue.offices[0]!;
 * const slots = expandSlots(office, office.services[0]!, '2027-01-11', '2027-01-11', new Set());
 * slots[0]; // { key: 'mow-1:rvp_application:2027-01-11T09:00', start: Date.UTC(2027, 0, 11, 6, 0), localTime: '09:00', … }
 * ```
 */
export function expandSlots(
  office: AppointmentOffice,
  schedule: OfficeServiceSchedule,
  from: string,
  to: string,
  holidays: ReadonlySet<string>,
): SlotDefinition[] {
  const out: SlotDefinition[] = [];
  const closed = new Set(office.closedDates ?? []);
  const last = dayNumber(to);
  const length = schedule.slotMinutes * 60_000;
  for (let day = dayNumber(from); day <= last; day += DAY) {
    const date = dateOf(day);
    if (holidays.has(date) || closed.has(date)) continue;
    const hours = schedule.week[WEEKDAYS[(new Date(day).getUTCDay() + 6) % 7]!];
    if (hours === undefined) continue;
    const starts = dayStarts(hours, schedule.slotMinutes);
    if (starts.length === 0) continue;
    const first = zonedToUtc(date, starts[0]!, office.timeZone);
    const lastStart = starts[starts.length - 1]!;
    const lastInstant = zonedToUtc(date, lastStart, office.timeZone);
    // One offset over the day's hours (the usual case): plain arithmetic; else ask per slot.
    const steady =
      first !== undefined &&
      lastInstant !== undefined &&
      lastInstant - first === (lastStart - starts[0]!) * 60_000;
    for (const m of starts) {
      const start = steady
        ? first + (m - starts[0]!) * 60_000
        : zonedToUtc(date, m, office.timeZone);
      if (start === undefined) continue;
      const localTime = clockText(m);
      out.push({
        key: `${office.id}:${schedule.serviceId}:${date}T${localTime}`,
        start,
        end: start + length,
        localDate: date,
        localTime,
        capacity: schedule.capacity,
      });
    }
  }
  return out;
}
