import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.js';
import { isDate } from './is-date.js';
import { parseDate } from './parse-date.js';

const instant = fc.date({
  min: new Date('0001-01-01T00:00:00Z'),
  max: new Date('9999-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const isoOf = (d: Date): string => d.toISOString().slice(0, 10);

describe('parseDate', () => {
  test.prop([instant])('DOC-9: every date round-trips format → parse, in both notations', (d) => {
    const iso = isoOf(d);
    const parsed = parseDate(iso);
    expect(parsed).toEqual({ success: true, data: iso });
    if (!parsed.success) return;
    expect(parseDate(formatDate(parsed.data))).toEqual({ success: true, data: iso });
  });

  test.prop([fc.anything()])('S-17: no input of any shape throws', (input) => {
    const r = parseDate(input);
    expect(typeof r.success).toBe('boolean');
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 30 })])(
    'S-17: no unicode text throws, and failures carry a date or input code',
    (text) => {
      const r = parseDate(text);
      if (!r.success) expect(r.issues[0]!.code).toMatch(/^(date|input)\./);
    },
  );

  it('DOC-9 / DOC-11: each rejection names the field and the reason', () => {
    expect(parseDate('1.2.2024')).toEqual({
      success: false,
      issues: [{ code: 'date.wrong_format', path: ['date'], params: { expected: 'ДД.ММ.ГГГГ' } }],
    });
    expect(parseDate('01.02.24', { path: ['issueDate'] })).toMatchObject({
      success: false,
      issues: [{ code: 'date.wrong_format', path: ['issueDate'] }],
    });
    expect(parseDate('31.04.2024')).toMatchObject({ issues: [{ code: 'date.invalid_day' }] });
    expect(parseDate('15.13.2024')).toMatchObject({ issues: [{ code: 'date.invalid_month' }] });
    expect(parseDate('01.01.0000')).toMatchObject({ issues: [{ code: 'date.invalid_year' }] });
    expect(parseDate('')).toMatchObject({ issues: [{ code: 'input.required', path: ['date'] }] });
    expect(parseDate(20240229)).toMatchObject({ issues: [{ code: 'input.not_a_string' }] });
    expect(parseDate(new Date(0))).toMatchObject({ issues: [{ code: 'input.not_a_string' }] });
  });

  it('DOC-9: leap days', () => {
    expect(parseDate('29.02.2024')).toEqual({ success: true, data: '2024-02-29' });
    expect(parseDate('29.02.2000')).toEqual({ success: true, data: '2000-02-29' });
    expect(parseDate('29.02.1900')).toMatchObject({ issues: [{ code: 'date.invalid_day' }] });
    expect(parseDate('2023-02-29')).toMatchObject({ issues: [{ code: 'date.invalid_day' }] });
  });

  it('DOC-4: hidden spaces, full-width digits and dash variants are cleaned', () => {
    expect(parseDate('\u00A0２９.０２.２０２４\u200B')).toEqual({
      success: true,
      data: '2024-02-29',
    });
    expect(parseDate('2024\u201202\u221229')).toEqual({ success: true, data: '2024-02-29' });
    expect(parseDate(' 29 . 02 . 2024 ')).toEqual({ success: true, data: '2024-02-29' });
  });

  it('notations and inclusive bounds are options', () => {
    expect(parseDate('2024-02-29', { formats: ['ru'] })).toMatchObject({
      issues: [{ code: 'date.wrong_format' }],
    });
    expect(parseDate('29.02.2024', { formats: ['iso'] })).toMatchObject({
      issues: [{ code: 'date.wrong_format', params: { expected: 'YYYY-MM-DD' } }],
    });
    expect(parseDate('01.01.2020', { min: '2020-01-01', max: '2020-12-31' }).success).toBe(true);
    expect(parseDate('31.12.2019', { min: '2020-01-01' })).toMatchObject({
      issues: [{ code: 'date.before_min', params: { min: '01.01.2020' } }],
    });
    expect(parseDate('01.01.2021', { max: '2020-12-31' })).toMatchObject({
      issues: [{ code: 'date.after_max', params: { max: '31.12.2020' } }],
    });
    expect(() => parseDate('01.01.2021', { max: '31.12.2020' })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(isDate('29.02.2024')).toBe(true);
    expect(isDate('29.02.2023')).toBe(false);
  });
});
