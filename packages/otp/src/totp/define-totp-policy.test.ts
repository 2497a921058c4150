import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import { checkTotpPolicy } from './check-totp-policy.js';
import { defineTotpPolicy } from './define-totp-policy.js';
import { defaultTotpPolicy, strictTotpPolicy } from './totp-policy.js';

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
    digits: fc.constantFrom(6, 8),
    driftPastSteps: fc.constantFrom(0, 1),
    driftFutureSteps: fc.constantFrom(0, 1),
    secretBytes: fc.integer({ min: 20, max: 64 }),
    algorithm: fc.constantFrom('sha1', 'sha256', 'sha512') as fc.Arbitrary<'sha1'>,
    conflictRetries: fc.integer({ min: 0, max: 50 }),
  },
  { requiredKeys: [] },
);

const invalidOverride = fc.oneof(
  fc.record({ field: fc.constant('digits'), value: fc.integer({ min: 9, max: 20 }) }),
  fc.record({ field: fc.constant('periodSeconds'), value: fc.integer({ min: 31 }) }),
  fc.record({ field: fc.constant('driftPastSteps'), value: fc.integer({ min: 2, max: 10 }) }),
  fc.record({ field: fc.constant('secretBytes'), value: fc.integer({ min: 0, max: 19 }) }),
  fc.record({ field: fc.constant('conflictRetries'), value: fc.integer({ max: -1 }) }),
);

describe('defineTotpPolicy', () => {
  test.prop([validOverrides, fc.constantFrom(defaultTotpPolicy, strictTotpPolicy)])(
    'S-6: any valid override round-trips onto its base, and the result passes checkTotpPolicy',
    (overrides, base) => {
      const policy = defineTotpPolicy(overrides, base);
      expect(policy).toEqual({ ...base, ...overrides });
      expect(checkTotpPolicy(policy).success).toBe(true);
    },
  );

  test.prop([invalidOverride])(
    'S-6: an override the check refuses throws ERR_CONFIG naming the field',
    ({ field, value }) => {
      const error = thrown(() => defineTotpPolicy({ [field]: value }));
      expect(KabinetError.isInstance(error) && error.code).toBe('ERR_CONFIG');
      expect((error as Error).message).toContain(field);
    },
  );

  it('defaults to the default policy', () => {
    expect(defineTotpPolicy()).toEqual(defaultTotpPolicy);
  });
});
