import { fail, issue, ok, type IssuePath, type Result } from '@kabinet/core/result';
import { isoDateArgument } from '../_lib/iso-date-option.js';
import { compareParts, partsToRu } from '../_lib/parse-strict-date.js';
import { readDate } from '../_lib/read-date.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/**
 * A checked calendar date as an ISO `YYYY-MM-DD` string, e.g. `'2024-02-29'`. A plain string
 * without time or zone: it sorts and compares as text, survives JSON, and means the same day
 * on every machine whatever its `TZ`. Show it with {@link formatDate}.
 */
export type IsoDate = string & {
  /** Type-level marker: a date checked by parseDate or parseBirthDate. Not present at run time. */
  readonly __brand: 'IsoDate';
};

/** The notations a date may be typed in: `ru` = `ДД.ММ.ГГГГ`, `iso` = `YYYY-MM-DD`. */
export type DateInputFormat = 'ru' | 'iso';

/** Options of {@link parseDate}. */
export interface ParseDateOptions {
  /** Path reported in issues (default `['date']`); a zod schema passes its own. */
  readonly path?: IssuePath;
  /** Accepted notations (default both: `ДД.ММ.ГГГГ` as shown to users, ISO as sent by `<input type="date">`). */
  readonly formats?: readonly DateInputFormat[];
  /** Earliest allowed date, inclusive, as `YYYY-MM-DD`. */
  readonly min?: string;
  /** Latest allowed date, inclusive, as `YYYY-MM-DD`. */
  readonly max?: string;
}

const DEFAULT_PATH: IssuePath = ['date'];
const DEFAULT_FORMATS: readonly DateInputFormat[] = ['ru', 'iso'];

/**
 * Parses a date typed as `ДД.ММ.ГГГГ` (how Russian forms show dates, DOC-9) or ISO
 * `YYYY-MM-DD` (what `<input type="date">` and APIs send — international formats must not
 * break input). Strict: `1.2.2024`, `01.02.24`, `01/02/2024` and impossible days such as
 * `31.04.2024` or `29.02.2023` are rejected with the reason. Full-width digits, NBSP,
 * zero-width characters and dash variants are cleaned first. Pure calendar arithmetic: no
 * `Date` in local time is involved, so the result never depends on the time zone.
 *
 * @param input - the value typed by the user; must be a string
 * @param options - path, accepted notations, inclusive `min` / `max`
 * @returns the date as {@link IsoDate}, or issues: `input.required`, `input.not_a_string`,
 *   `input.wrong_format`, `date.wrong_format` (`expected`), `date.invalid_day`,
 *   `date.invalid_month`, `date.invalid_year`, `date.before_min` (`min`), `date.after_max` (`max`)
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `min` or `max` is not a `YYYY-MM-DD` date
 * @example
 * ```ts
 * parseDate('29.02.2024');  // { success: true, data: '2024-02-29' }
 * parseDate('2024-02-29');  // same
 * parseDate('29.02.2023');  // issue date.invalid_day
 * parseDate('1.2.2024');    // issue date.wrong_format { expected: 'ДД.ММ.ГГГГ' }
 * ```
 */
export function parseDate(
  input: unknown,
  options?: ParseDateOptions,
): Result<IsoDate, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  const min = options?.min === undefined ? undefined : isoDateArgument(options.min, 'options.min');
  const max = options?.max === undefined ? undefined : isoDateArgument(options.max, 'options.max');
  const read = readDate(input, path, options?.formats ?? DEFAULT_FORMATS);
  if ('issue' in read) return fail(read.issue);
  if (min !== undefined && compareParts(read.parts, min) < 0)
    return fail(issue('date.before_min', path, { min: partsToRu(min) }));
  if (max !== undefined && compareParts(read.parts, max) > 0)
    return fail(issue('date.after_max', path, { max: partsToRu(max) }));
  return ok(read.date);
}
