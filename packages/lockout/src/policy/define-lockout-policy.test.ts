import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import { checkLockoutPolicy } from './check-lockout-policy.js';
import { defineLockoutPolicy } from './define-lockout-policy.js';
import {
  defaultLockoutPolicy,
  strictLockoutPolicy,
  supportLockoutPolicy,
} from './lockout-policy.js';

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
    dayOffsetMinutes: fc.integer({ min: -720, max: 840 }),
    attemptLeaseMs: fc.integer({ min: 1, max: 2 ** 31 }),
    busyRetryMs: fc.integer({ min: 1, max: 2 ** 31 }),
    code: fc.record({
      blockMs: fc.integer({ min: 1, max: 2 ** 31 }),
      maxFailuresPerDay: fc.integer({ min: 1, max: 1000 }),
      maxFailuresPerIpPerDay: fc.integer({ min: 1, max: 10_000 }),
    }),
  },
  { requiredKeys: [] },
);

const invalidOverride = fc.oneof(
  fc.record({ field: fc.constant('dayOffsetMinutes'), value: fc.integer({ min: 841 }) }),
  fc.record({ field: fc.constant('attemptLeaseMs'), value: fc.integer({ max: 0 }) }),
  fc.record({ field: fc.constant('busyRetryMs'), value: fc.integer({ max: 0 }) }),
);

describe('defineLockoutPolicy', () => {
  test.prop([
    validOverrides,
    fc.constantFrom(defaultLockoutPolicy, strictLockoutPolicy, supportLockoutPolicy),
  ])(
    'any valid override round-trips onto its base, and the result passes checkLockoutPolicy',
    (overrides, base) => {
      const policy = defineLockoutPolicy(overrides, base);
      expect(policy).toEqual({ ...base, ...overrides });
      expect(checkLockoutPolicy(policy).success).toBe(true);
    },
  );

  test.prop([invalidOverride])(
    'an override the check refuses throws ERR_CONFIG naming the field',
    ({ field, value }) => {
      const error = thrown(() => defineLockoutPolicy({ [field]: value }));
      expect(KabinetError.isInstance(error) && error.code).toBe('ERR_CONFIG');
      expect((error as Error).message).toContain(field);
    },
  );

  test.prop([fc.integer({ min: 101, max: 10_000 })])(
    'S-4: a password section allowing more than 100 consecutive failures throws ERR_CONFIG naming it',
    (failures) => {
      const password = { ...defaultLockoutPolicy.password, maxConsecutiveFailures: failures };
      const error = thrown(() => defineLockoutPolicy({ password }));
      expect(KabinetError.isInstance(error) && error.code).toBe('ERR_CONFIG');
      expect((error as Error).message).toContain('password.maxConsecutiveFailures');
    },
  );

  it('defaults to the default policy', () => {
    expect(defineLockoutPolicy()).toEqual(defaultLockoutPolicy);
  });
});
