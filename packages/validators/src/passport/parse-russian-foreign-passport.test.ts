import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { computeMrzCheckDigit } from '../mrz/compute-mrz-check-digit.js';
import { formatRussianForeignPassport } from './format-russian-foreign-passport.js';
import { isRussianForeignPassport } from './is-russian-foreign-passport.js';
import { russianForeignPassportSchema } from './passport-schema.js';
import { parseRussianForeignPassport } from './parse-russian-foreign-passport.js';

const nine = fc.integer({ min: 1, max: 999_999_999 }).map((n) => String(n).padStart(9, '0'));

describe('parseRussianForeignPassport', () => {
  it('DOC-4: 9 digits printed NN NNNNNNN; the MRZ check digit of 751234567 is 2', () => {
    const r = parseRussianForeignPassport('75 1234567');
    expect(r).toEqual({ success: true, data: '751234567' });
    if (r.success) expect(formatRussianForeignPassport(r.data)).toBe('75 1234567');
    expect(computeMrzCheckDigit('751234567')).toBe(2);
  });

  it('DOC-4: the 10-digit internal passport is not an international one', () => {
    expect(parseRussianForeignPassport('4510123456')).toEqual({
      success: false,
      issues: [
        { code: 'passport.length', path: ['passport'], params: { length: 10, expected: 9 } },
      ],
    });
  });

  it('DOC-4: hidden spaces and full-width digits are normalized; numbers and letters are refused', () => {
    expect(parseRussianForeignPassport('７５\u00a0１２３４５６７')).toEqual({
      success: true,
      data: '751234567',
    });
    expect(parseRussianForeignPassport(751234567)).toMatchObject({
      issues: [{ code: 'input.not_a_string' }],
    });
    expect(parseRussianForeignPassport('75 12345A7')).toMatchObject({
      issues: [{ code: 'passport.format', params: { expected: 'NN NNNNNNN' } }],
    });
    expect(parseRussianForeignPassport('00 0000000')).toMatchObject({
      issues: [{ code: 'passport.all_zero' }],
    });
  });

  test.prop([nine])('DOC-4: every 9-digit number round-trips through NN NNNNNNN', (n) => {
    const r = parseRussianForeignPassport(n);
    expect(r).toMatchObject({ success: true, data: n });
    if (r.success)
      expect(parseRussianForeignPassport(formatRussianForeignPassport(r.data))).toMatchObject({
        success: true,
        data: n,
      });
  });

  test.prop([fc.anything()])('never throws', (input) => {
    expect(isRussianForeignPassport(input)).toBe(parseRussianForeignPassport(input).success);
  });

  it('russianForeignPassportSchema outputs the compact number', () => {
    expect(russianForeignPassportSchema.safeParse('75 1234567')).toEqual({
      success: true,
      data: '751234567',
    });
  });
});
