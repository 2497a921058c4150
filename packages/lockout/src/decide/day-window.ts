const DAY = 86_400_000;

/** A calendar day in a fixed-offset time zone. */
export interface DayWindow {
  /** Days since 1970-01-01 in that zone: part of daily counter keys. */
  readonly index: number;
  /** Epoch ms of the day's first instant. */
  readonly start: number;
  /** Epoch ms of the next day's first instant (exclusive end). */
  readonly end: number;
}

/**
 * The calendar day containing `now` in the zone `offsetMinutes` east of UTC, for daily caps
 * that reset at local midnight (Moscow by default).
 *
 * @param now - epoch ms
 * @param offsetMinutes - the zone's offset from UTC (Moscow: 180)
 * @returns the day's index, start and end
 * @example
 * ```ts
 * dayWindow(Date.UTC(2026, 0, 1, 21, 0), 180); // the MSK day 2026-01-02: start 2026-01-01T21:00Z
 * ```
 */
export function dayWindow(now: number, offsetMinutes: number): DayWindow {
  const shift = offsetMinutes * 60_000;
  const index = Math.floor((now + shift) / DAY);
  const start = index * DAY - shift;
  return { index, start, end: start + DAY };
}
