import type { dateRu } from '../ru/date.js';

// English messages of the date area.
export const dateEn: { readonly [K in keyof typeof dateRu]: string } = {
  'date.wrong_format': 'Wrong date format: enter it as {expected}',
  'date.invalid_day': 'Wrong date: this month has no such day',
  'date.invalid_month': 'Wrong date: the month must be 01 to 12',
  'date.invalid_year': 'Wrong date: the year must be 0001 to 9999',
  'date.before_min': 'The date cannot be earlier than {min}',
  'date.after_max': 'The date cannot be later than {max}',
  'date.in_future': 'A birth date cannot be in the future',
  'date.too_young': 'The age must be at least {minAge} years',
  'date.too_old': 'Check the birth date: the age is over {maxAge} years',
};
