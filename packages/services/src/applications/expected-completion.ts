const DAY = 86_400_000;

/** The calendar of working days the authority counts in. */
export interface WorkingCalendar {
  /** Non-working ISO dates besides Saturdays and Sundays. */
  readonly holidays: readonly string[];
  /** The authority's UTC offset, minutes. */
  readonly utcOffsetMinutes: number;
}

/** What the expected completion date is computed from. */
export interface CompletionClock {
  /** Epoch ms the processing clock started (the hand-over to the authority). */
  readonly startedAt: number;
  /** Working days the service takes. */
  readonly workingDays: number;
  /** Time the clock stood still while the authority waited for the user, ms (including a pause still running up to now). */
  readonly pausedMs: number;
}

const isoOf = (dayNumber: number): string => new Date(dayNumber * DAY).toISOString().slice(0, 10);

function isWorking(dayNumber: number, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(dayNumber * DAY).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoOf(dayNumber));
}

/**
 * The expected completion date of an application (SVC-1), as an ISO date in the authority's
 * zone: the local day on which the clock started, shifted by the time the clock stood still
 * (waiting for the user's answer, as USCIS stops the clock for an RFE), plus `workingDays`
 * working days (Saturdays, Sundays and the calendar's holidays do not count; the start day
 * itself does not count).
 *
 * @param clock - start, length and pauses
 * @param calendar - holidays and the UTC offset
 * @returns `YYYY-MM-DD`
 * @example
 * ```ts
 * // Friday 2027-01-15 12:00 Moscow + 3 working days → Wednesday 2027-01-20
 * expectedCompletion({ startedAt: Date.UTC(2027, 0, 15, 9), workingDays: 3, pausedMs: 0 }, { holidays: [], utcOffsetMinutes: 180 }); // '2027-01-20'
 * ```
 */
export function expectedCompletion(clock: CompletionClock, calendar: WorkingCalendar): string {
  const holidays = new Set(calendar.holidays);
  let day = Math.floor(
    (clock.startedAt + Math.max(0, clock.pausedMs) + calendar.utcOffsetMinutes * 60_000) / DAY,
  );
  let left = Math.max(0, Math.floor(clock.workingDays));
  while (left > 0) {
    day += 1;
    if (isWorking(day, holidays)) left -= 1;
  }
  return isoOf(day);
}
