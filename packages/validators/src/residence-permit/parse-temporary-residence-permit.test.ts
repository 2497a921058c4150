import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isTemporaryResidencePermit } from './is-temporary-residence-permit.js';
import { parseTemporaryResidencePermit } from './parse-temporary-residence-permit.js';
import { temporaryResidencePermitSchema } from './temporary-residence-permit-schema.js';
import { createFakeClock } from '@kabinet/core/testing';

const clock = createFakeClock(Date.UTC(2026, 0, 15, 9, 0));

describe('parseTemporaryResidencePermit', () => {
  it('DOC-7: decision number and date; the expiry defaults to three years after the decision', () => {
    expect(
      parseTemporaryResidencePermit({
        decisionNumber: ' № 1234 / 2024 ',
        decisionDate: '01.02.2024',
      }),
    ).toEqual({
      success: true,
      data: { decisionNumber: '1234/2024', decisionDate: '2024-02-01', expiryDate: '2027-02-01' },
    });
    expect(
      parseTemporaryResidencePermit({ decisionNumber: '77', decisionDate: '29.02.2024' }),
    ).toMatchObject({ data: { expiryDate: '2027-02-28' } });
    expect(
      parseTemporaryResidencePermit(
        { decisionNumber: '77', decisionDate: '01.02.2024' },
        { policy: { temporaryResidencePermitYears: 1 } },
      ),
    ).toMatchObject({
      data: { expiryDate: '2025-02-01' },
    });
  });

  it('DOC-7: the decision number is free text, but not empty, digit-less or too long', () => {
    expect(
      parseTemporaryResidencePermit({
        decisionNumber: 'РВП-77/123-2024',
        decisionDate: '01.02.2024',
      }).success,
    ).toBe(true);
    expect(
      parseTemporaryResidencePermit({ decisionNumber: '  ', decisionDate: '01.02.2024' }),
    ).toMatchObject({
      issues: [{ code: 'input.required', path: ['temporaryResidencePermit', 'decisionNumber'] }],
    });
    expect(
      parseTemporaryResidencePermit({ decisionNumber: 'нет', decisionDate: '01.02.2024' }),
    ).toMatchObject({
      issues: [{ code: 'temporary_residence_permit.decision_number' }],
    });
    expect(
      parseTemporaryResidencePermit({ decisionNumber: '1'.repeat(51), decisionDate: '01.02.2024' }),
    ).toMatchObject({
      issues: [{ code: 'input.too_long', params: { max: 50 } }],
    });
  });

  it('DOC-7: with a clock, an expired permit or a future decision is rejected', () => {
    expect(
      parseTemporaryResidencePermit(
        { decisionNumber: '1', decisionDate: '14.01.2023' },
        { now: clock.now() },
      ),
    ).toMatchObject({
      issues: [{ code: 'document.expired', path: ['temporaryResidencePermit', 'expiryDate'] }],
    });
    expect(
      parseTemporaryResidencePermit(
        { decisionNumber: '1', decisionDate: '15.01.2023' },
        { now: clock.now() },
      ),
    ).toMatchObject({
      success: true,
      warnings: [{ code: 'document.expires_soon', params: { days: 0 } }],
    });
    expect(
      parseTemporaryResidencePermit(
        { decisionNumber: '1', decisionDate: '16.01.2026' },
        { now: clock.now() },
      ),
    ).toMatchObject({
      issues: [
        { code: 'document.issue_in_future', path: ['temporaryResidencePermit', 'decisionDate'] },
      ],
    });
  });

  it('DOC-11: an explicit expiry must follow the decision; bad dates name the field', () => {
    expect(
      parseTemporaryResidencePermit({
        decisionNumber: '1',
        decisionDate: '01.02.2024',
        expiryDate: '01.01.2024',
      }),
    ).toMatchObject({
      issues: [
        { code: 'document.expiry_before_issue', path: ['temporaryResidencePermit', 'expiryDate'] },
      ],
    });
    expect(
      parseTemporaryResidencePermit({ decisionNumber: 1, decisionDate: '2024.02.01' }),
    ).toEqual({
      success: false,
      issues: [
        { code: 'input.not_a_string', path: ['temporaryResidencePermit', 'decisionNumber'] },
        {
          code: 'document.date',
          path: ['temporaryResidencePermit', 'decisionDate'],
          params: { field: 'decisionDate' },
        },
      ],
    });
  });

  test.prop([
    fc.anything(),
    fc.record(
      { decisionNumber: fc.anything(), decisionDate: fc.anything(), expiryDate: fc.anything() },
      { requiredKeys: [] },
    ),
  ])('never throws', (a, b) => {
    expect(isTemporaryResidencePermit(a)).toBe(parseTemporaryResidencePermit(a).success);
    expect(typeof parseTemporaryResidencePermit(b, { now: clock.now() }).success).toBe('boolean');
  });

  it('temporaryResidencePermitSchema outputs the permit', () => {
    expect(
      temporaryResidencePermitSchema.safeParse({
        decisionNumber: '12',
        decisionDate: '2024-02-01',
      }),
    ).toMatchObject({ success: true, data: { expiryDate: '2027-02-01' } });
  });
});
