import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatRussianPassport } from './format-russian-passport.js';
import { isRussianPassport } from './is-russian-passport.js';
import { russianPassportSchema } from './passport-schema.js';
import { parseRussianPassport } from './parse-russian-passport.js';

const series = fc.integer({ min: 100, max: 9999 }).map((n) => String(n).padStart(4, '0'));
const number = fc.integer({ min: 101, max: 999_999 }).map((n) => String(n).padStart(6, '0'));
const passport = fc.tuple(series, number).map(([s, n]) => s + n);

describe('parseRussianPassport', () => {
  it('DOC-4: 45 10 123456 is accepted and shown as NNNN NNNNNN', () => {
    const r = parseRussianPassport('45 10 123456');
    expect(r).toEqual({ success: true, data: '4510123456' });
    if (r.success) expect(formatRussianPassport(r.data)).toBe('4510 123456');
  });

  it.each([
    ['hidden no-break space from autofill', '4510\u00a0123456'],
    ['zero-width space', '4510\u200b123456'],
    ['narrow no-break spaces', '45\u202f10\u202f123456'],
    ['full-width digits', '４５１０ １２３４５６'],
    ['№ sign', '4510 № 123456'],
    ['dash', '4510-123456'],
    ['surrounding spaces and a tab', '\t 4510 123456 '],
  ])('DOC-4: %s is normalized before the check', (_name, input) => {
    expect(parseRussianPassport(input)).toEqual({ success: true, data: '4510123456' });
  });

  it('DOC-4: 4510 12345 has a bad length; 451O123456 (letter O) a bad format', () => {
    expect(parseRussianPassport('4510 12345')).toEqual({
      success: false,
      issues: [
        { code: 'passport.length', path: ['passport'], params: { length: 9, expected: 10 } },
      ],
    });
    expect(parseRussianPassport('451O123456')).toEqual({
      success: false,
      issues: [
        { code: 'passport.format', path: ['passport'], params: { expected: 'NNNN NNNNNN' } },
      ],
    });
  });

  it('DOC-4: a JS number is refused (series may start with 0), zeros are rejected', () => {
    expect(parseRussianPassport(4510123456)).toMatchObject({
      issues: [{ code: 'input.not_a_string', path: ['passport'] }],
    });
    expect(parseRussianPassport('0000 000000')).toMatchObject({
      issues: [{ code: 'passport.all_zero' }],
    });
  });

  it('DOC-4: region 00 and numbers below 000101 are warnings, not rejections', () => {
    expect(parseRussianPassport('0010 123456')).toMatchObject({
      success: true,
      warnings: [{ code: 'passport.region', params: { region: '00' } }],
    });
    expect(parseRussianPassport('4510 000042')).toMatchObject({
      success: true,
      warnings: [{ code: 'passport.number_range', params: { number: '000042' } }],
    });
  });

  test.prop([passport])(
    'DOC-4: every 10-digit series and number round-trips through its display form',
    (p) => {
      const r = parseRussianPassport(p);
      expect(r).toMatchObject({ success: true, data: p });
      if (r.success)
        expect(parseRussianPassport(formatRussianPassport(r.data))).toMatchObject({
          success: true,
          data: p,
        });
    },
  );

  test.prop([passport, fc.constantFrom(' ', '\u00a0', '\u2009', '\u200b', '-', '  ')])(
    'DOC-4: separators anywhere are ignored',
    (p, sep) => {
      const spread = p.split('').join(sep);
      expect(parseRussianPassport(spread)).toMatchObject({ success: true, data: p });
    },
  );

  test.prop([fc.anything()])('never throws', (input) => {
    expect(isRussianPassport(input)).toBe(parseRussianPassport(input).success);
  });

  it('russianPassportSchema reports our code', () => {
    expect(russianPassportSchema.safeParse('4510 12345').error?.issues[0]).toMatchObject({
      params: { code: 'passport.length', expected: 10 },
    });
  });
});
