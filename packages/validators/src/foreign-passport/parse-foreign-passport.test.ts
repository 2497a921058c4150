import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { foreignPassportPatterns } from './foreign-passport-patterns.js';
import { foreignPassportSchema } from './foreign-passport-schema.js';
import { isForeignPassport } from './is-foreign-passport.js';
import { parseForeignPassport } from './parse-foreign-passport.js';

describe('parseForeignPassport', () => {
  it.each([
    ['UZB', 'AA1234567'],
    ['UZ', 'AB 1234567'],
    ['TJK', '401234567'],
    ['TJK', 'A12345678'],
    ['KGZ', 'AC1234567'],
    ['KAZ', 'N1234567'],
    ['KAZ', 'N12345678'],
    ['ARM', 'AB1234567'],
    ['AZE', 'C12345678'],
    ['BLR', 'MP1234567'],
    ['UKR', 'FA123456'],
    ['UKR', '123456789'],
    ['MDA', 'A12345678'],
    ['CHN', 'E12345678'],
    ['CHN', 'EA1234567'],
    ['CHN', 'G12345678'],
    ['IND', 'P1234567'],
    ['IND', 'P-1234567'],
    ['VNM', 'C1234567'],
    ['TUR', 'U12345678'],
    ['D', 'C01X00T47'],
    ['D<<', 'c01x00t47'],
    ['DEU', 'C01X00T47'],
    ['FRA', '12AB34567'],
    ['USA', 'A12345678'],
    ['USA', '123456789'],
    ['RUS', '75 1234567'],
  ])('DOC-4: %s %s matches its country shape without warnings', (country, number) => {
    const r = parseForeignPassport(number, { country });
    expect(r.success).toBe(true);
    expect(r.success && r.warnings).toBeFalsy();
  });

  it('DOC-4: validator.js rejects Uzbek AA1234567 (unknown locale); we accept it', () => {
    expect(parseForeignPassport('AA1234567', { country: 'UZ' })).toEqual({
      success: true,
      data: 'AA1234567',
    });
  });

  it('DOC-4: a shape mismatch is a warning with the country, its confidence and an example — never a rejection', () => {
    expect(parseForeignPassport('1234567', { country: 'UZB' })).toEqual({
      success: true,
      data: '1234567',
      warnings: [
        {
          code: 'foreign_passport.pattern',
          path: ['passport'],
          params: { country: 'UZB', confidence: 'medium', example: 'AA1234567' },
        },
      ],
    });
    expect(parseForeignPassport('AB12345', { country: 'TJK' })).toMatchObject({
      success: true,
      warnings: [{ params: { confidence: 'low' } }],
    });
  });

  it('DOC-4: the unanchored German pattern of stdnum accepts 1C01X00T47; ours only warns about it', () => {
    expect(parseForeignPassport('1C01X00T47', { country: 'DE' })).toMatchObject({
      success: true,
      warnings: [{ code: 'foreign_passport.pattern' }],
    });
  });

  it('DOC-4: rejectMismatch turns a mismatch of the chosen confidence levels into an error', () => {
    expect(
      parseForeignPassport('1234567', { country: 'BLR', rejectMismatch: ['high'] }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'foreign_passport.pattern', params: { confidence: 'high' } }],
    });
    expect(
      parseForeignPassport('1234567', { country: 'UZB', rejectMismatch: ['high'] }).success,
    ).toBe(true);
  });

  it('DOC-4: unknown countries get the generic ICAO rules only', () => {
    expect(parseForeignPassport('XY12345', { country: 'ZZZ' })).toEqual({
      success: true,
      data: 'XY12345',
    });
    expect(parseForeignPassport('XY12345')).toEqual({ success: true, data: 'XY12345' });
    expect(parseForeignPassport('X#12345', { country: 'ZZZ' })).toEqual({
      success: false,
      issues: [{ code: 'foreign_passport.characters', path: ['passport'] }],
    });
    expect(parseForeignPassport('X123', { country: 'ZZZ' })).toEqual({
      success: false,
      issues: [
        {
          code: 'foreign_passport.length',
          path: ['passport'],
          params: { length: 4, min: 5, max: 20 },
        },
      ],
    });
  });

  it('DOC-4: Cyrillic look-alike letters typed on a Russian keyboard are read as Latin, with a warning', () => {
    expect(parseForeignPassport('АА 1234567', { country: 'UZB' })).toEqual({
      success: true,
      data: 'AA1234567',
      warnings: [{ code: 'foreign_passport.lookalike', path: ['passport'] }],
    });
    expect(parseForeignPassport('ЖЖ1234567', { country: 'UZB' })).toMatchObject({
      issues: [{ code: 'foreign_passport.characters' }],
    });
  });

  it('DOC-4: hidden spaces and full-width characters are normalized', () => {
    expect(parseForeignPassport('ＡＡ\u00a0１２３４５６７\u200b', { country: 'UZB' })).toEqual({
      success: true,
      data: 'AA1234567',
    });
  });

  it('DOC-11: a malformed country is reported on the country field; numbers are refused', () => {
    expect(parseForeignPassport('AA1234567', { country: 'U1' })).toEqual({
      success: false,
      issues: [{ code: 'foreign_passport.country', path: ['country'] }],
    });
    expect(parseForeignPassport(1234567, { country: 'USA' })).toMatchObject({
      issues: [{ code: 'input.not_a_string', path: ['passport'] }],
    });
  });

  test.prop([
    fc.constantFrom(...foreignPassportPatterns),
    fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split('')),
      minLength: 5,
      maxLength: 20,
    }),
  ])(
    'DOC-4: any Latin alphanumeric number of 5–20 characters is accepted for any country; a mismatch only warns',
    (pattern, number) => {
      const r = parseForeignPassport(number, { country: pattern.country });
      expect(r.success).toBe(true);
      if (!r.success) return;
      expect(r.data).toBe(number);
      expect((r.warnings ?? []).length > 0).toBe(!pattern.pattern.test(number));
    },
  );

  test.prop([fc.anything(), fc.anything()])(
    'never throws, whatever the number or the country',
    (input, country) => {
      const r = parseForeignPassport(input, { country: country as string });
      expect(isForeignPassport(input, { country: country as string })).toBe(r.success);
    },
  );

  it('foreignPassportSchema checks the pair and names the field', () => {
    expect(foreignPassportSchema.safeParse({ country: 'uzb', number: 'aa 1234567' })).toEqual({
      success: true,
      data: { country: 'UZB', number: 'AA1234567' },
    });
    expect(
      foreignPassportSchema.safeParse({ country: 'UZB', number: 'A#' }).error?.issues[0],
    ).toMatchObject({
      path: ['number'],
      params: { code: 'foreign_passport.characters' },
    });
  });
});
