import { KabinetError } from '@kabinet/core';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkPassportValidity } from './check-passport-validity.js';
import { strictDocumentValidityPolicy } from './document-validity-policy.js';
import { createFakeClock } from '@kabinet/core/testing';

const clock = createFakeClock(Date.UTC(2026, 0, 1, 9, 0)); // 01.01.2026 12:00 in Moscow

describe('checkPassportValidity', () => {
  it('DOC-3: a passport expiring exactly six months after the registration date is accepted, a day earlier is not', () => {
    expect(checkPassportValidity('01.07.2026', clock.now())).toEqual({
      success: true,
      data: '2026-07-01',
    });
    expect(checkPassportValidity('30.06.2026', clock.now())).toEqual({
      success: false,
      issues: [
        {
          code: 'document.validity_too_short',
          path: ['expiryDate'],
          params: { months: 6, requiredUntil: '01.07.2026', expiryDate: '30.06.2026' },
        },
      ],
    });
  });

  it('DOC-3: an expired passport is reported as expired', () => {
    expect(checkPassportValidity('2025-12-31', clock.now())).toEqual({
      success: false,
      issues: [
        { code: 'document.expired', path: ['expiryDate'], params: { expiryDate: '31.12.2025' } },
      ],
    });
  });

  it('DOC-3: six months from 31 August end on the last day of February (leap years too)', () => {
    expect(checkPassportValidity('28.02.2027', '31.08.2026').success).toBe(true);
    expect(checkPassportValidity('27.02.2027', '31.08.2026').success).toBe(false);
    expect(checkPassportValidity('29.02.2028', '31.08.2027').success).toBe(true);
    expect(checkPassportValidity('28.02.2028', '31.08.2027').success).toBe(false);
  });

  it('DOC-3: the registration date is the Moscow calendar day of the clock', () => {
    // 30.06.2026 23:30 UTC is already 01.07.2026 in Moscow.
    const late = Date.UTC(2026, 5, 30, 21, 30);
    expect(checkPassportValidity('31.12.2026', late).success).toBe(false);
    expect(checkPassportValidity('01.01.2027', late).success).toBe(true);
    expect(
      checkPassportValidity('31.12.2026', late, { policy: { utcOffsetMinutes: 0 } }).success,
    ).toBe(true);
  });

  it('DOC-3: the number of months is a policy field; the strict preset asks for a year', () => {
    expect(
      checkPassportValidity('01.07.2026', clock.now(), { policy: strictDocumentValidityPolicy }),
    ).toMatchObject({
      issues: [
        {
          code: 'document.validity_too_short',
          params: { months: 12, requiredUntil: '01.01.2027' },
        },
      ],
    });
    expect(
      checkPassportValidity('01.02.2026', clock.now(), { policy: { passportMinValidityMonths: 1 } })
        .success,
    ).toBe(true);
  });

  it('DOC-11: missing or malformed dates name the field; misuse of `on` throws', () => {
    expect(checkPassportValidity(undefined, clock.now())).toEqual({
      success: false,
      issues: [{ code: 'input.required', path: ['expiryDate'] }],
    });
    expect(
      checkPassportValidity('1.7.2026', clock.now(), { path: ['passport', 'expiryDate'] }),
    ).toEqual({
      success: false,
      issues: [
        {
          code: 'document.date',
          path: ['passport', 'expiryDate'],
          params: { field: 'expiryDate' },
        },
      ],
    });
    expect(checkPassportValidity(20260701, clock.now())).toMatchObject({
      issues: [{ code: 'input.not_a_string' }],
    });
    expect(() => checkPassportValidity('01.07.2026', Number.NaN)).toThrow(KabinetError);
  });

  test.prop([
    fc.integer({ min: 0, max: 3000 }),
    fc.integer({ min: 1, max: 24 }),
    fc.integer({ min: -400, max: 400 }),
  ])(
    'DOC-3: accepted exactly when expiry ≥ registration date + N calendar months',
    (startDay, months, offset) => {
      const on = new Date(Date.UTC(2024, 0, 1) + startDay * 86_400_000);
      const target = new Date(Date.UTC(on.getUTCFullYear(), on.getUTCMonth() + months, 1));
      const lastDay = new Date(
        Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
      ).getUTCDate();
      const required = Date.UTC(
        target.getUTCFullYear(),
        target.getUTCMonth(),
        Math.min(on.getUTCDate(), lastDay),
      );
      const expiry = new Date(required + offset * 86_400_000);
      const iso = (d: Date): string => d.toISOString().slice(0, 10);
      const r = checkPassportValidity(iso(expiry), iso(on), {
        policy: { passportMinValidityMonths: months },
      });
      expect(r.success).toBe(offset >= 0);
    },
  );

  test.prop([fc.anything()])('never throws on any expiry input', (input) => {
    expect(typeof checkPassportValidity(input, clock.now()).success).toBe('boolean');
  });
});
