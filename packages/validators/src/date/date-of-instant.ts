import { partsFromEpochMs, partsToIso } from '../_lib/parse-strict-date.js';
import type { IsoDate } from './parse-date.js';

/**
 * The calendar date of an instant in a fixed UTC offset — never the machine's zone. Use it to
 * get "today" from a `Clock` for {@link ageOn} or a `max` bound.
 *
 * @param epochMs - the instant (e.g. `clock.now()`)
 * @param utcOffsetMinutes - minutes east of UTC (default 180, Moscow)
 * @returns the date as {@link IsoDate}
 * @example
 * ```ts
 * dateOfInstant(Date.UTC(2024, 1, 28, 21, 30));    // '2024-02-29' (00:30 in Moscow)
 * dateOfInstant(Date.UTC(2024, 1, 28, 21, 30), 0); // '2024-02-28'
 * ```
 */
export function dateOfInstant(epochMs: number, utcOffsetMinutes = 180): IsoDate {
  return partsToIso(partsFromEpochMs(epochMs, utcOffsetMinutes)) as IsoDate;
}
