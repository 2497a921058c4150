import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatResidencePermitNumber } from './format-residence-permit-number.js';
import { isResidencePermit } from './is-residence-permit.js';
import { parseResidencePermit } from './parse-residence-permit.js';
import { residencePermitSchema } from './residence-permit-schema.js';
import { createFakeClock } from '@kabinet/core/testing';

const clock = createFakeClock(Date.UTC(2026, 0, 15, 9, 0));

describe('parseResidencePermit', () => {
  it('DOC-7: series and number without spaces, with issue and expiry dates', () => {
    expect(
      parseResidencePermit({
        number: '821234567',
        issueDate: '15.03.2019',
        expiryDate: '15.03.2029',
      }),
    ).toEqual({
      success: true,
      data: { series: '82', number: '1234567', issueDate: '2019-03-15', expiryDate: '2029-03-15' },
    });
  });

  it.each([
    ['printed form', { number: '82 № 1234567' }],
    ['separate series field', { series: '82', number: '1234567' }],
    ['separate series and the whole number', { series: '82', number: '821234567' }],
    ['hidden spaces', { number: '82\u00a01234567\u200b' }],
    ['full-width digits', { number: '８２１２３４５６７' }],
  ])('DOC-7: %s is normalized', (_name, fields) => {
    expect(parseResidencePermit({ ...fields, issueDate: '15.03.2021' })).toMatchObject({
      success: true,
      data: { series: '82', number: '1234567' },
    });
  });

  it('DOC-7: a permit without an expiry (indefinite since 2019) is accepted unless the expiry is required', () => {
    expect(parseResidencePermit({ number: '821234567', issueDate: '15.03.2021' })).toMatchObject({
      success: true,
      data: { expiryDate: undefined },
    });
    expect(
      parseResidencePermit(
        { number: '821234567', issueDate: '15.03.2021' },
        { requireExpiry: true },
      ),
    ).toEqual({
      success: false,
      issues: [{ code: 'input.required', path: ['residencePermit', 'expiryDate'] }],
    });
  });

  it('DOC-7: series other than 82/83 is a warning only (uncertain source), never a rejection', () => {
    expect(parseResidencePermit({ number: '831234567', issueDate: '15.03.2021' })).toEqual({
      success: true,
      data: { series: '83', number: '1234567', issueDate: '2021-03-15', expiryDate: undefined },
    });
    expect(parseResidencePermit({ number: '901234567', issueDate: '15.03.2021' })).toMatchObject({
      success: true,
      warnings: [
        {
          code: 'residence_permit.series',
          path: ['residencePermit', 'number'],
          params: { series: '90' },
        },
      ],
    });
  });

  it('DOC-7/DOC-11: every problem names its field', () => {
    const r = parseResidencePermit({
      number: '82 123456',
      issueDate: '31.02.2021',
      expiryDate: 'soon',
    });
    expect(r).toEqual({
      success: false,
      issues: [
        {
          code: 'residence_permit.length',
          path: ['residencePermit', 'number'],
          params: { length: 8, expected: 9 },
        },
        {
          code: 'document.date',
          path: ['residencePermit', 'issueDate'],
          params: { field: 'issueDate' },
        },
        {
          code: 'document.date',
          path: ['residencePermit', 'expiryDate'],
          params: { field: 'expiryDate' },
        },
      ],
    });
    expect(parseResidencePermit({ number: '82 12345X7', issueDate: '01.01.2021' })).toMatchObject({
      issues: [{ code: 'residence_permit.format' }],
    });
    expect(
      parseResidencePermit({ series: '8', number: '1234567', issueDate: '01.01.2021' }),
    ).toMatchObject({
      issues: [{ code: 'residence_permit.format', path: ['residencePermit', 'series'] }],
    });
    expect(parseResidencePermit({ number: 821234567, issueDate: '01.01.2021' })).toMatchObject({
      issues: [{ code: 'input.not_a_string', path: ['residencePermit', 'number'] }],
    });
    expect(parseResidencePermit({ number: '821234567' })).toMatchObject({
      issues: [{ code: 'input.required', path: ['residencePermit', 'issueDate'] }],
    });
    expect(parseResidencePermit('821234567')).toMatchObject({
      issues: [
        { code: 'input.wrong_type', path: ['residencePermit'], params: { expected: 'object' } },
      ],
    });
  });

  it('DOC-7: the expiry must follow the issue date', () => {
    expect(
      parseResidencePermit({
        number: '821234567',
        issueDate: '15.03.2021',
        expiryDate: '15.03.2021',
      }),
    ).toMatchObject({
      issues: [{ code: 'document.expiry_before_issue', path: ['residencePermit', 'expiryDate'] }],
    });
  });

  it('DOC-7: with a clock, an expired permit and an issue date in the future are rejected; an expiry soon warns', () => {
    expect(
      parseResidencePermit(
        { number: '821234567', issueDate: '15.03.2016', expiryDate: '14.01.2026' },
        { now: clock.now() },
      ),
    ).toMatchObject({
      issues: [{ code: 'document.expired', path: ['residencePermit', 'expiryDate'] }],
    });
    expect(
      parseResidencePermit({ number: '821234567', issueDate: '16.01.2026' }, { now: clock.now() }),
    ).toMatchObject({
      issues: [{ code: 'document.issue_in_future', path: ['residencePermit', 'issueDate'] }],
    });
    expect(
      parseResidencePermit(
        { number: '821234567', issueDate: '15.03.2016', expiryDate: '01.02.2026' },
        { now: clock.now() },
      ),
    ).toMatchObject({
      success: true,
      warnings: [{ code: 'document.expires_soon', params: { days: 17 } }],
    });
  });

  test.prop([fc.integer({ min: 0, max: 9_999_999 }), fc.constantFrom('82', '83')])(
    'DOC-7: series and number round-trip through the printed form',
    (n, series) => {
      const number = String(n).padStart(7, '0');
      const r = parseResidencePermit({ number: series + number, issueDate: '2021-03-15' });
      expect(r).toMatchObject({ success: true, data: { series, number } });
      if (!r.success) return;
      const again = parseResidencePermit({
        number: formatResidencePermitNumber(r.data),
        issueDate: '2021-03-15',
      });
      expect(again).toEqual(r);
    },
  );

  test.prop([
    fc.anything(),
    fc.record(
      {
        series: fc.anything(),
        number: fc.anything(),
        issueDate: fc.anything(),
        expiryDate: fc.anything(),
      },
      { requiredKeys: [] },
    ),
  ])('never throws', (a, b) => {
    expect(isResidencePermit(a)).toBe(parseResidencePermit(a).success);
    expect(typeof parseResidencePermit(b, { now: clock.now() }).success).toBe('boolean');
  });

  it('residencePermitSchema reports field paths relative to the object', () => {
    const r = residencePermitSchema.safeParse({ number: '82 123', issueDate: '15.03.2021' });
    expect(r.error?.issues[0]).toMatchObject({
      path: ['number'],
      params: { code: 'residence_permit.length' },
    });
  });
});
