import { KabinetError } from '@kabinet/core';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (`YYYYMMDD`) of an instant in a time zone: the day a ticket number's daily
 * counter belongs to.
 *
 * @param now - epoch ms
 * @param timeZone - an IANA zone (`Europe/Moscow`)
 * @returns the day as eight digits
 * @example
 * ```ts
 * ticketDay(Date.UTC(2027, 0, 10, 21, 0), 'Europe/Moscow'); // '20270111' (00:00 in Moscow)
 * ```
 */
export function ticketDay(now: number, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}${part('month')}${part('day')}`;
}

/**
 * A readable ticket number: the day and that day's counter, at least four digits
 * (`20270111-0042`), as Zammad's date generator does. Unique as long as each day's counter
 * hands each value out once (the service keeps the counter in the shared store).
 *
 * @param day - `YYYYMMDD` from {@link ticketDay}
 * @param counter - the day's counter, from 1
 * @returns the number
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed day or a counter below 1
 * @example
 * ```ts
 * formatTicketNumber('20270111', 42);    // '20270111-0042'
 * formatTicketNumber('20270111', 12345); // '20270111-12345'
 * ```
 */
export function formatTicketNumber(day: string, counter: number): string {
  if (!/^\d{8}$/.test(day))
    throw new KabinetError('ERR_INVALID_ARGUMENT', 'ticket day must be YYYYMMDD');
  if (!Number.isSafeInteger(counter) || counter < 1)
    throw new KabinetError('ERR_INVALID_ARGUMENT', 'ticket counter must be a positive integer');
  return `${day}-${String(counter).padStart(4, '0')}`;
}
