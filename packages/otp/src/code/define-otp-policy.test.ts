import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import { checkOtpPolicy } from './check-otp-policy.js';
import { defineOtpPolicy } from './define-otp-policy.js';
import { defaultOtpPolicy, strictOtpPolicy } from './otp-policy.js';

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
    codeLength: fc.integer({ min: 6, max: 64 }),
    ttlMs: fc.integer({ min: 1, max: 10 * 60_000 }),
    maxAttempts: fc.integer({ min: 1, max: 100 }),
    retainMs: fc.integer({ min: 0, max: 2 ** 31 }),
    supersede: fc.boolean(),
    conflictRetries: fc.integer({ min: 0, max: 50 }),
  },
  { requiredKeys: [] },
);

const invalidOverride = fc.oneof(
  fc.record({ field: fc.constant('ttlMs'), value: fc.integer({ min: 10 * 60_000 + 1 }) }),
  fc.record({ field: fc.constant('ttlMs'), value: fc.integer({ max: 0 }) }),
  fc.record({ field: fc.constant('maxAttempts'), value: fc.integer({ min: 101 }) }),
  fc.record({ field: fc.constant('codeLength'), value: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ field: fc.constant('conflictRetries'), value: fc.integer({ max: -1 }) }),
);

describe('defineOtpPolicy', () => {
  test.prop([validOverrides, fc.constantFrom(defaultOtpPolicy, strictOtpPolicy)])(
    'S-3: any valid override round-trips onto its base, and the result passes checkOtpPolicy',
    (overrides, base) => {
      const policy = defineOtpPolicy(overrides, base);
      expect(policy).toEqual({ ...base, ...overrides });
      expect(checkOtpPolicy(policy).success).toBe(true);
    },
  );

  test.prop([invalidOverride])(
    'S-3: an override the check refuses throws ERR_CONFIG naming the field',
    ({ field, value }) => {
      const error = thrown(() => defineOtpPolicy({ [field]: value }));
      expect(KabinetError.isInstance(error) && error.code).toBe('ERR_CONFIG');
      expect((error as Error).message).toContain(field);
    },
  );

  it('defaults to the default policy and does not change its base', () => {
    expect(defineOtpPolicy()).toEqual(defaultOtpPolicy);
    const base = { ...strictOtpPolicy };
    defineOtpPolicy({ maxAttempts: 9 }, base);
    expect(base).toEqual(strictOtpPolicy);
  });
});
