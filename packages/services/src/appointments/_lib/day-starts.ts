import type { DayHours } from '../appointment-catalogue.js';

/** `HH:MM` → minutes since midnight. */
export function parseClock(value: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return m === null ? Number.NaN : Number(m[1]) * 60 + Number(m[2]);
}

/** Minutes since midnight → `HH:MM`. */
export const clockText = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Start minutes of the slots of one day's hours: back to back from opening, skipping breaks. */
export function dayStarts(hours: DayHours, slotMinutes: number): number[] {
  const open = parseClock(hours.open);
  const close = parseClock(hours.close);
  const breaks = (hours.breaks ?? [])
    .map((b) => [parseClock(b.from), parseClock(b.to)] as const)
    .sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  let m = open;
  while (m + slotMinutes <= close) {
    const clash = breaks.find(([from, to]) => m < to && m + slotMinutes > from);
    if (clash !== undefined) {
      m = clash[1];
      continue;
    }
    starts.push(m);
    m += slotMinutes;
  }
  return starts;
}
