import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isVisa } from './is-visa.js';
import { parseVisa } from './parse-visa.js';
import { visaSchema } from './visa-schema.js';
import { createFakeClock } from '@kabinet/core/testing';

const clock = createFakeClock(Date.UTC(2026, 0, 15, 9, 0));

describe('parseVisa', () => {
  it('DOC-7: a 9-digit number passes; the number alone may be given as a string', () => {
    expect(parseVisa('123 456 789')).toEqual({
      success: true,
      data: {
        number: '123456789',
        validFrom: undefined,
        validUntil: undefined,
        category: undefined,
      },
    });
  });

  it('DOC-7: an unusual number length is a warning, never a rejection (length not confirmed)', () => {
    expect(parseVisa('12345')).toMatchObject({
      success: true,
      warnings: [{ code: 'visa.pattern', path: ['visa'] }],
    });
    expect(parseVisa({ number: 'AB1234567890123' })).toMatchObject({
      success: true,
      warnings: [{ code: 'visa.pattern', path: ['visa', 'number'] }],
    });
  });

  it('DOC-7: dates in order, category known; with a clock, expired visas are rejected and future ones warn', () => {
    expect(
      parseVisa(
        {
          number: '123456789',
          validFrom: '01.01.2026',
          validUntil: '31.12.2026',
          category: 'ordinary',
        },
        { now: clock.now() },
      ),
    ).toEqual({
      success: true,
      data: {
        number: '123456789',
        validFrom: '2026-01-01',
        validUntil: '2026-12-31',
        category: 'ordinary',
      },
    });
    expect(
      parseVisa({ number: '123456789', validUntil: '14.01.2026' }, { now: clock.now() }),
    ).toMatchObject({
      issues: [{ code: 'document.expired', path: ['visa', 'validUntil'] }],
    });
    expect(
      parseVisa(
        { number: '123456789', validFrom: '01.03.2026', validUntil: '31.12.2026' },
        { now: clock.now() },
      ),
    ).toMatchObject({
      success: true,
      warnings: [
        {
          code: 'visa.not_yet_valid',
          path: ['visa', 'validFrom'],
          params: { validFrom: '01.03.2026' },
        },
      ],
    });
  });

  it('DOC-11: each problem names its field', () => {
    expect(
      parseVisa({
        number: '12#4567',
        validFrom: '31.12.2026',
        validUntil: '01.01.2026',
        category: 'tourist',
      }),
    ).toEqual({
      success: false,
      issues: [
        { code: 'visa.characters', path: ['visa', 'number'] },
        { code: 'visa.category', path: ['visa', 'category'] },
        { code: 'document.expiry_before_issue', path: ['visa', 'validUntil'] },
      ],
    });
    expect(parseVisa('123')).toMatchObject({
      issues: [{ code: 'visa.length', params: { length: 3 } }],
    });
    expect(parseVisa(123456789)).toMatchObject({
      issues: [{ code: 'input.not_a_string', path: ['visa'] }],
    });
  });

  test.prop([
    fc.string({
      unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')),
      minLength: 4,
      maxLength: 20,
    }),
  ])(
    'DOC-7: every Latin alphanumeric number of 4–20 characters is accepted; only 6–12 pass without a warning',
    (number) => {
      const r = parseVisa(number.toLowerCase());
      expect(r).toMatchObject({ success: true, data: { number } });
      if (r.success)
        expect(r.warnings === undefined).toBe(number.length >= 6 && number.length <= 12);
    },
  );

  test.prop([
    fc.anything(),
    fc.record(
      {
        number: fc.anything(),
        validFrom: fc.anything(),
        validUntil: fc.anything(),
        category: fc.anything(),
      },
      { requiredKeys: [] },
    ),
  ])('never throws', (a, b) => {
    expect(isVisa(a)).toBe(parseVisa(a).success);
    expect(typeof parseVisa(b, { now: clock.now() }).success).toBe('boolean');
  });

  it('visaSchema accepts the object form', () => {
    expect(visaSchema.safeParse({ number: '123456789', category: 'transit' })).toMatchObject({
      success: true,
      data: { category: 'transit' },
    });
  });
});
