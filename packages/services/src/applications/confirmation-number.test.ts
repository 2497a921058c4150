import { fc, test } from '@fast-check/vitest';
import { createSeededRandom } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { issueConfirmationNumber } from './issue-confirmation-number.js';
import { parseConfirmationNumber } from './parse-confirmation-number.js';

describe('confirmation numbers', () => {
  test.prop([fc.integer({ min: 2000, max: 2099 }), fc.integer()])(
    'SVC-1: every issued number reads back as itself',
    (year, seed) => {
      const number = issueConfirmationNumber(year, createSeededRandom(seed));
      expect(number).toMatch(/^ZV-\d{4}-\d{7}$/);
      expect(parseConfirmationNumber(number)).toEqual({ success: true, data: number });
      expect(
        parseConfirmationNumber(number.toLowerCase().replace('zv', 'ЗВ').replace(/-/g, ' ')),
      ).toEqual({ success: true, data: number });
    },
  );

  test.prop([
    fc.integer({ min: 2000, max: 2099 }),
    fc.integer(),
    fc.integer({ min: 8, max: 14 }),
    fc.integer({ min: 1, max: 9 }),
  ])(
    'SVC-1: changing any one digit of the serial is caught by the check digit',
    (year, seed, position, delta) => {
      const number = issueConfirmationNumber(year, createSeededRandom(seed));
      const digit = (Number(number[position]) + delta) % 10;
      const typo = number.slice(0, position) + String(digit) + number.slice(position + 1);
      expect(parseConfirmationNumber(typo)).toEqual({
        success: false,
        issues: [{ code: 'application.number_checksum', path: [] }],
      });
    },
  );

  test.prop([fc.string({ maxLength: 80 })])(
    'never throws; anything not of the shape is number_format or checksum',
    (text) => {
      const r = parseConfirmationNumber(text);
      if (!r.success)
        expect(['application.number_format', 'application.number_checksum']).toContain(
          r.issues[0]?.code,
        );
    },
  );

  it('refuses other shapes and types', () => {
    for (const bad of [
      '',
      'ZV-2027-123456',
      'ZV-27-1234567',
      'AB-2027-1234567',
      42,
      null,
      'ZV-2027-12345678',
    ]) {
      expect(parseConfirmationNumber(bad)).toEqual({
        success: false,
        issues: [{ code: 'application.number_format', path: [] }],
      });
    }
  });
});
