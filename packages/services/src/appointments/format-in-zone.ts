/**
 * An instant as the office shows it: date and time in the office's zone, in Russian or English
 * (`15 января 2027 г., 09:00`). Uses `Intl.DateTimeFormat` with `timeZone`.
 *
 * @param instant - epoch ms
 * @param timeZone - the office's IANA zone
 * @param locale - `ru` or `en`
 * @returns the formatted local date and time
 * @example
 * ```ts
 * formatInZone(Date.UTC(2027, 0, 15, 6, 0), 'Europe/Moscow', 'ru'); // '15 января 2027 г. в 09:00'
 * ```
 */
export function formatInZone(instant: number, timeZone: string, locale: 'ru' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    timeZone,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(instant));
}
