import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { defineSupportRequestsPolicy } from './define-support-requests-policy.js';
import {
  defaultSupportRequestsPolicy,
  strictSupportRequestsPolicy,
} from './support-requests-policy.js';

describe('support requests policy', () => {
  it('SVC-3: the default is the domain value, 48 hours; the strict preset answers in 24', () => {
    expect(defaultSupportRequestsPolicy.answerWithinMs).toBe(48 * 60 * 60 * 1000);
    expect(strictSupportRequestsPolicy.answerWithinMs).toBe(24 * 60 * 60 * 1000);
    expect(defineSupportRequestsPolicy()).toEqual(defaultSupportRequestsPolicy);
    expect(defineSupportRequestsPolicy({}, strictSupportRequestsPolicy)).toEqual(
      strictSupportRequestsPolicy,
    );
  });

  test.prop([
    fc.integer({ min: 60_000, max: 30 * 24 * 3_600_000 }),
    fc.integer({ min: 1, max: 100 }),
  ])(
    'accepts any answer time from a minute to 30 days and any page size up to the largest',
    (answerWithinMs, defaultPageSize) => {
      expect(defineSupportRequestsPolicy({ answerWithinMs, defaultPageSize }).answerWithinMs).toBe(
        answerWithinMs,
      );
    },
  );

  test.prop([
    fc.oneof(
      fc.integer({ min: Number.MIN_SAFE_INTEGER, max: 59_999 }),
      fc.double({ noInteger: true }),
      fc.constant(Number.NaN),
      fc.integer({ min: 30 * 24 * 3_600_000 + 1, max: Number.MAX_SAFE_INTEGER }),
    ),
  ])('refuses an answer time out of range or not an integer (ERR_CONFIG)', (answerWithinMs) => {
    expect(() => defineSupportRequestsPolicy({ answerWithinMs })).toThrow(
      expect.objectContaining({ code: 'ERR_CONFIG' }),
    );
  });

  it('refuses an unknown zone, a default page above the largest, unknown attachment types', () => {
    expect(() => defineSupportRequestsPolicy({ numberTimeZone: 'Mars/Olympus' })).toThrow(
      /numberTimeZone/,
    );
    expect(() => defineSupportRequestsPolicy({ defaultPageSize: 101 })).toThrow(/defaultPageSize/);
    expect(() =>
      defineSupportRequestsPolicy({
        attachmentPolicy: { allowedTypes: ['image/gif' as never], maxBytes: 1 },
      }),
    ).toThrow(/allowedTypes/);
  });
});
