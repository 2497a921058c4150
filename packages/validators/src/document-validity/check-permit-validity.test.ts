import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkPermitValidity } from './check-permit-validity.js';
import {
  defaultDocumentValidityPolicy,
  strictDocumentValidityPolicy,
} from './document-validity-policy.js';
import { createFakeClock } from '@kabinet/core/testing';

const clock = createFakeClock(Date.UTC(2026, 0, 1, 9, 0));

describe('checkPermitValidity', () => {
  it('DOC-7: a permit is valid through its expiry date and expired the day after', () => {
    expect(checkPermitValidity('01.01.2026', clock.now())).toMatchObject({
      success: true,
      data: '2026-01-01',
    });
    expect(checkPermitValidity('31.12.2025', clock.now())).toEqual({
      success: false,
      issues: [
        { code: 'document.expired', path: ['expiryDate'], params: { expiryDate: '31.12.2025' } },
      ],
    });
  });

  it('DOC-7: expiring within the warning window is a warning with the days left', () => {
    expect(checkPermitValidity('10.01.2026', clock.now())).toEqual({
      success: true,
      data: '2026-01-10',
      warnings: [
        {
          code: 'document.expires_soon',
          path: ['expiryDate'],
          params: { days: 9, expiryDate: '10.01.2026' },
        },
      ],
    });
    expect(checkPermitValidity('31.01.2026', clock.now())).toEqual({
      success: true,
      data: '2026-01-31',
    });
  });

  it('DOC-7: the strict preset demands 30 more days and warns 90 days ahead', () => {
    expect(
      checkPermitValidity('15.01.2026', clock.now(), { policy: strictDocumentValidityPolicy }),
    ).toEqual({
      success: false,
      issues: [
        {
          code: 'document.expires_too_soon',
          path: ['expiryDate'],
          params: { days: 30, expiryDate: '15.01.2026' },
        },
      ],
    });
    expect(
      checkPermitValidity('01.03.2026', clock.now(), { policy: strictDocumentValidityPolicy }),
    ).toMatchObject({
      success: true,
      warnings: [{ code: 'document.expires_soon', params: { days: 59 } }],
    });
  });

  test.prop([fc.integer({ min: -1000, max: 1000 })])(
    'DOC-7: accepted exactly when the expiry is not before the date; warned inside the window',
    (offset) => {
      const expiry = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const r = checkPermitValidity(expiry, '2026-01-01');
      expect(r.success).toBe(offset >= 0);
      if (r.success)
        expect(r.warnings !== undefined).toBe(
          offset < defaultDocumentValidityPolicy.expiryWarningDays,
        );
    },
  );

  test.prop([fc.anything()])('never throws on any expiry input', (input) => {
    expect(typeof checkPermitValidity(input, '2026-01-01').success).toBe('boolean');
  });
});
