import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import { defaultAccountPolicy } from './default-account-policy.js';
import { defineAccountPolicy } from './define-account-policy.js';
import { strictAccountPolicy } from './strict-account-policy.js';

const thrown = (build: () => unknown): unknown => {
  try {
    build();
  } catch (error) {
    return error;
  }
  return undefined;
};

const validOverrides = fc.record(
  {
    draftTtlMs: fc.integer({ min: 1, max: 2 ** 40 }),
    sessionIdleMs: fc.integer({ min: 1, max: 5 * 60_000 }),
    accessTokenTtlMs: fc.integer({ min: 1, max: 2 ** 31 }),
    maxSessions: fc.integer({ min: 1, max: 100 }),
    passwordHistory: fc.integer({ min: 0, max: 24 }),
    backupCodeCount: fc.integer({ min: 10, max: 50 }),
    passwordPreset: fc.constantFrom('portal', 'strict') as fc.Arbitrary<'portal'>,
    termsVersion: fc.string({ minLength: 1, maxLength: 20 }),
    conflictRetries: fc.integer({ min: 0, max: 50 }),
  },
  { requiredKeys: [] },
);

const invalidOverride = fc.oneof(
  fc.record({ field: fc.constant('sessionIdleMs'), value: fc.integer({ max: 0 }) }),
  fc.record({ field: fc.constant('maxSessions'), value: fc.integer({ max: 0 }) }),
  fc.record({ field: fc.constant('backupCodeCount'), value: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ field: fc.constant('conflictRetries'), value: fc.integer({ max: -1 }) }),
  fc.record({ field: fc.constant('termsVersion'), value: fc.constant('') }),
);

describe('defineAccountPolicy', () => {
  test.prop([validOverrides, fc.constantFrom(defaultAccountPolicy, strictAccountPolicy)])(
    'any valid override round-trips onto its base',
    (overrides, base) => {
      expect(defineAccountPolicy(overrides, base)).toEqual({ ...base, ...overrides });
    },
  );

  test.prop([invalidOverride])(
    'an override the check refuses throws ERR_CONFIG naming the field',
    ({ field, value }) => {
      const error = thrown(() => defineAccountPolicy({ [field]: value }));
      expect(KabinetError.isInstance(error) && error.code).toBe('ERR_CONFIG');
      expect((error as Error).message).toContain(field);
    },
  );

  it('ACC-6: a permit holder whose passport alone would lift the level throws ERR_CONFIG', () => {
    const error = thrown(() =>
      defineAccountPolicy({
        requiredDocuments: {
          ...defaultAccountPolicy.requiredDocuments,
          residence_permit_holder: [['foreign_passport']],
        },
      }),
    );
    expect(KabinetError.isInstance(error) && error.code).toBe('ERR_CONFIG');
    expect((error as Error).message).toContain('requiredDocuments.residence_permit_holder');
  });

  it('defaults to the default policy', () => {
    expect(defineAccountPolicy()).toEqual(defaultAccountPolicy);
  });
});
