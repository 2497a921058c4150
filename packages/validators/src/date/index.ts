/**
 * Dates typed by people (DOC-9): strict `ДД.ММ.ГГГГ` and ISO `YYYY-MM-DD` input, birth dates
 * that are not in the future and within an age policy, age on a date with the 29.02 rule, and
 * the `ДД.ММ.ГГГГ` display form. Dates are {@link IsoDate} strings: no time, no zone, so the
 * same input gives the same day on every machine.
 *
 * @example
 * ```ts
 * import { parseBirthDate, formatDate, ageOn } from '@kabinet/validators/date';
 * const r = parseBirthDate('29.02.2000', { now: Date.UTC(2026, 0, 15) });
 * if (r.success) {
 *   formatDate(r.data);             // '29.02.2000'
 *   ageOn(r.data, '2026-01-15');    // 25
 * }
 * ```
 *
 * @module @kabinet/validators/date
 */
export {
  parseDate,
  type IsoDate,
  type DateInputFormat,
  type ParseDateOptions,
} from './parse-date.js';
export {
  parseBirthDate,
  birthDatePolicies,
  type BirthDatePolicy,
  type ParseBirthDateOptions,
  type LeapDayBirthdayRule,
} from './parse-birth-date.js';
export { ageOn } from './age-on.js';
export { formatDate } from './format-date.js';
export { dateOfInstant } from './date-of-instant.js';
export { isDate } from './is-date.js';
export { dateSchema } from './date-schema.js';
export { createBirthDateSchema } from './create-birth-date-schema.js';
