import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatTicketNumber, ticketDay } from './format-ticket-number.js';
import { parseTicketNumber } from './parse-ticket-number.js';

const day = fc
  .date({
    min: new Date(Date.UTC(2000, 0, 1)),
    max: new Date(Date.UTC(2099, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => ticketDay(d.getTime(), 'UTC'));

describe('ticket numbers', () => {
  it("SVC-3: an automatic number is the Moscow day and the day's counter: 20:59:59.999 UTC is still the 10th, 21:00 is the 11th", () => {
    expect(ticketDay(Date.UTC(2027, 0, 10, 20, 59, 59, 999), 'Europe/Moscow')).toBe('20270110');
    expect(ticketDay(Date.UTC(2027, 0, 10, 21, 0, 0, 0), 'Europe/Moscow')).toBe('20270111');
    expect(formatTicketNumber('20270111', 1)).toBe('20270111-0001');
    expect(formatTicketNumber('20270111', 10_000)).toBe('20270111-10000');
  });

  it('misuse throws: a malformed day or a counter below 1', () => {
    expect(() => formatTicketNumber('2027011', 1)).toThrow(/YYYYMMDD/);
    expect(() => formatTicketNumber('20270111', 0)).toThrow(/positive/);
  });

  test.prop([day, fc.integer({ min: 1, max: 999_999_999 })])(
    'SVC-3: a number reads back as itself; distinct (day, counter) give distinct numbers',
    (d, n) => {
      const number = formatTicketNumber(d, n);
      expect(parseTicketNumber(number)).toEqual({ success: true, data: number });
      expect(parseTicketNumber(` № ${d} ${String(n).padStart(4, '0')} `)).toEqual({
        success: true,
        data: number,
      });
      expect(formatTicketNumber(d, n + 1)).not.toBe(number);
    },
  );

  test.prop([fc.string({ maxLength: 30 })])(
    'parseTicketNumber never throws and answers a canonical number or number_format',
    (text) => {
      const r = parseTicketNumber(text);
      if (r.success) expect(r.data).toMatch(/^\d{8}-\d{4,9}$/);
      else expect(r.issues).toEqual([{ code: 'support_request.number_format', path: [] }]);
    },
  );

  it('refuses a date that does not exist and a zero counter', () => {
    expect(parseTicketNumber('20270230-0001').success).toBe(false);
    expect(parseTicketNumber('20270111-0000').success).toBe(false);
    expect(parseTicketNumber('20270111–0042')).toEqual({ success: true, data: '20270111-0042' });
  });
});
