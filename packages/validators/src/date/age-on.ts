import { isoDateArgument } from '../_lib/iso-date-option.js';
import { fullYearsBetween } from '../_lib/parse-strict-date.js';
import type { LeapDayBirthdayRule } from './parse-birth-date.js';
import type { IsoDate } from './parse-date.js';

/**
 * Age in whole years on a given date: pure calendar arithmetic on two `YYYY-MM-DD` dates, so
 * no time zone can shift it by a day. A 29.02 birthday counts as reached on 01.03 in common
 * years unless `leapDayBirthday` is `'february-28'`.
 *
 * @param birth - the birth date (an {@link IsoDate} or any `YYYY-MM-DD` string)
 * @param on - the date to measure the age on
 * @param leapDayBirthday - when a 29 February birthday is reached in a common year
 * @returns whole years; negative when `on` is before `birth`
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when a date is not `YYYY-MM-DD` (parse user input first)
 * @example
 * ```ts
 * ageOn('2008-02-29', '2026-02-28'); // 17
 * ageOn('2008-02-29', '2026-03-01'); // 18
 * ageOn('2008-02-29', '2026-02-28', 'february-28'); // 18
 * ```
 */
export function ageOn(
  birth: IsoDate | string,
  on: IsoDate | string,
  leapDayBirthday: LeapDayBirthdayRule = 'march-1',
): number {
  return fullYearsBetween(
    isoDateArgument(birth, 'birth'),
    isoDateArgument(on, 'on'),
    leapDayBirthday,
  );
}
