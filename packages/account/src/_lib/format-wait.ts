import type { IssueParam, Locale } from '@kabinet/core';

/**
 * A wait in honest units for a message: seconds under a minute, minutes under an hour, then
 * hours and minutes ("17 ч 26 мин", not "62770 с"). Minutes are rounded up, so the user never
 * comes back too early.
 */
export function formatWait(seconds: IssueParam | undefined, locale: Locale): string {
  // A placeholder (the generated error-code table renders templates with `{name}` params).
  if (typeof seconds === 'string' && seconds.startsWith('{'))
    return `${seconds} ${locale === 'ru' ? 'с' : 's'}`;
  const s =
    typeof seconds === 'number' && Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : 1;
  const [sec, min, hour] = locale === 'ru' ? ['с', 'мин', 'ч'] : ['s', 'min', 'h'];
  if (s < 60) return `${s} ${sec}`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 60) return `${minutes} ${min}`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} ${hour}` : `${h} ${hour} ${m} ${min}`;
}

const WAYS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  ru: {
    sms: 'код по SMS',
    email: 'код по электронной почте',
    totp: 'приложение-аутентификатор',
    backup_code: 'резервный код',
  },
  en: {
    sms: 'a code by SMS',
    email: 'a code by e-mail',
    totp: 'the authenticator app',
    backup_code: 'a backup code',
  },
};

/** ", or another way: …" for the `alternatives` param (comma-separated methods), or nothing. */
export function otherWays(alternatives: IssueParam | undefined, locale: Locale): string {
  if (typeof alternatives !== 'string' || alternatives === '') return '';
  if (alternatives.startsWith('{'))
    return locale === 'ru'
      ? `[, или выберите другой способ: ${alternatives}]`
      : `[, or use another way: ${alternatives}]`;
  const names = alternatives
    .split(',')
    .map((a) => WAYS[locale][a.trim()])
    .filter((n): n is string => n !== undefined);
  if (names.length === 0) return '';
  return locale === 'ru'
    ? `, или выберите другой способ: ${names.join(', ')}`
    : `, or use another way: ${names.join(', ')}`;
}
