import { KabinetError } from '@kabinet/core';

/** A wall-clock reading in a time zone. */
export interface ZonedParts {
  /** The local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Minutes since local midnight, `0 … 1439`. */
  readonly minutes: number;
  /** ISO weekday of the local date: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch (cause) {
      throw new KabinetError('ERR_INVALID_ARGUMENT', `unknown time zone ${timeZone}`, { cause });
    }
    formatters.set(timeZone, f);
  }
  return f;
}

const WALL = /^(\d{2})\/(\d{2})\/(-?\d+),? (\d{2}):(\d{2}):(\d{2})$/;

/** Local calendar fields of an instant in a zone (seconds truncated). */
function fieldsAt(
  instant: number,
  timeZone: string,
): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const text = formatterFor(timeZone).format(new Date(instant));
  const m = WALL.exec(text);
  if (m !== null)
    return {
      y: Number(m[3]),
      mo: Number(m[1]),
      d: Number(m[2]),
      h: Number(m[4]) % 24,
      mi: Number(m[5]),
      s: Number(m[6]),
    };
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: string): number =>
    Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return {
    y: get('year'),
    mo: get('month'),
    d: get('day'),
    h: get('hour') % 24,
    mi: get('minute'),
    s: get('second'),
  };
}

const DAY_MS = 86_400_000;
/** Per zone: UTC day number → the offset when it is the same all that day, `null` when it changes. */
const steadyDays = new Map<string, Map<number, number | null>>();

/** The offset read from the tz database, uncached. */
function offsetNow(instant: number, timeZone: string): number {
  const f = fieldsAt(instant, timeZone);
  return (
    Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s) - (instant - (((instant % 1000) + 1000) % 1000))
  );
}

/**
 * The zone's offset from UTC at an instant, in ms (Moscow: +3 h = 10 800 000), computed with
 * `Intl` from the runtime's tz database.
 *
 * @param instant - epoch ms
 * @param timeZone - an IANA zone (`Europe/Moscow`)
 * @returns local time − UTC, ms
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for an unknown zone
 * @example
 * ```ts
 * zoneOffsetAt(Date.UTC(2027, 0, 15), 'Asia/Vladivostok'); // 36_000_000 (+10 h)
 * ```
 */
export function zoneOffsetAt(instant: number, timeZone: string): number {
  // Offsets change a few times a year: remember, per UTC day, whether the day has one offset.
  let days = steadyDays.get(timeZone);
  if (days === undefined || days.size > 50_000) {
    days = new Map();
    steadyDays.set(timeZone, days);
  }
  const day = Math.floor(instant / DAY_MS);
  let steady = days.get(day);
  if (steady === undefined) {
    const first = offsetNow(day * DAY_MS, timeZone);
    steady = first === offsetNow(day * DAY_MS + DAY_MS - 1000, timeZone) ? first : null;
    days.set(day, steady);
  }
  return steady ?? offsetNow(instant, timeZone);
}

/**
 * The UTC instant of a local date and time in a zone, exactly: the offset is read at the
 * instant itself, so it is right on either side of a change of offset. A local time that does
 * not exist (skipped by a spring-forward change) gives `undefined`; one that occurs twice
 * gives the earlier instant.
 *
 * @param date - the local date, `YYYY-MM-DD`
 * @param minutes - minutes since local midnight (0 … 1439)
 * @param timeZone - an IANA zone
 * @returns epoch ms, or `undefined` for a skipped local time
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed date or an unknown zone
 * @example
 * ```ts
 * zonedToUtc('2027-01-15', 9 * 60, 'Europe/Moscow');       // Date.UTC(2027, 0, 15, 6, 0)
 * zonedToUtc('2026-03-29', 2 * 60 + 30, 'Europe/Berlin');  // undefined (clocks jump 02:00 → 03:00)
 * ```
 */
export function zonedToUtc(date: string, minutes: number, timeZone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null || !Number.isInteger(minutes) || minutes < 0 || minutes >= 1440) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `zonedToUtc: bad local date/time ${date} +${minutes}`,
    );
  }
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 0, minutes);
  if (new Date(wall).toISOString().slice(0, 10) !== date)
    throw new KabinetError('ERR_INVALID_ARGUMENT', `zonedToUtc: ${date} is not a calendar date`);
  // Try both offsets around the wall time (a day before and after covers any change); keep the
  // earliest instant whose local reading is exactly the wall time.
  const candidates = new Set([
    zoneOffsetAt(wall - 86_400_000, timeZone),
    zoneOffsetAt(wall, timeZone),
    zoneOffsetAt(wall + 86_400_000, timeZone),
  ]);
  let best: number | undefined;
  for (const offset of candidates) {
    const instant = wall - offset;
    if (zoneOffsetAt(instant, timeZone) === offset && (best === undefined || instant < best))
      best = instant;
  }
  return best;
}

/**
 * The local date, minutes and weekday of an instant in a zone.
 *
 * @param instant - epoch ms
 * @param timeZone - an IANA zone
 * @returns the wall-clock reading
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for an unknown zone
 * @example
 * ```ts
 * utcToZoned(Date.UTC(2027, 0, 15, 6, 0), 'Asia/Yekaterinburg'); // { date: '2027-01-15', minutes: 660, weekday: 5 }
 * ```
 */
export function utcToZoned(instant: number, timeZone: string): ZonedParts {
  const f = fieldsAt(instant, timeZone);
  const date = `${String(f.y).padStart(4, '0')}-${String(f.mo).padStart(2, '0')}-${String(f.d).padStart(2, '0')}`;
  const weekday = ((new Date(Date.UTC(f.y, f.mo - 1, f.d)).getUTCDay() + 6) % 7) + 1;
  return { date, minutes: f.h * 60 + f.mi, weekday };
}
