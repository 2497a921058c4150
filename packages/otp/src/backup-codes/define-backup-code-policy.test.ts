import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import { defaultBackupCodePolicy, strictBackupCodePolicy } from './backup-code-policy.js';
import { checkBackupCodePolicy } from './check-backup-code-policy.js';
import { defineBackupCodePolicy } from './define-backup-code-policy.js';

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
    count: fc.integer({ min: 10, max: 50 }),
    length: fc.integer({ min: 6, max: 32 }),
    groupSize: fc.integer({ min: 0, max: 32 }),
    scrypt: fc.record({
      cost: fc.integer({ min: 10, max: 16 }).map((bits) => 2 ** bits),
      blockSize: fc.integer({ min: 1, max: 8 }),
      parallelization: fc.integer({ min: 1, max: 16 }),
    }),
    conflictRetries: fc.integer({ min: 0, max: 50 }),
  },
  { requiredKeys: [] },
);

const invalidOverride = fc.oneof(
  fc.record({ field: fc.constant('count'), value: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ field: fc.constant('length'), value: fc.integer({ min: 33 }) }),
  fc.record({ field: fc.constant('groupSize'), value: fc.integer({ max: -1 }) }),
  fc.record({ field: fc.constant('alphabet'), value: fc.constantFrom('', 'a', 'aab', 'ABC') }),
  fc.record({ field: fc.constant('conflictRetries'), value: fc.integer({ max: -1 }) }),
);

describe('defineBackupCodePolicy', () => {
  test.prop([validOverrides, fc.constantFrom(defaultBackupCodePolicy, strictBackupCodePolicy)])(
    'S-6: any valid override round-trips onto its base, and the result passes checkBackupCodePolicy',
    (overrides, base) => {
      const policy = defineBackupCodePolicy(overrides, base);
      expect(policy).toEqual({ ...base, ...overrides });
      expect(checkBackupCodePolicy(policy).success).toBe(true);
    },
  );

  test.prop([invalidOverride])(
    'S-6: an override the check refuses throws ERR_CONFIG naming the field',
    ({ field, value }) => {
      const error = thrown(() => defineBackupCodePolicy({ [field]: value }));
      expect(KabinetError.isInstance(error) && error.code).toBe('ERR_CONFIG');
      expect((error as Error).message).toContain(field);
    },
  );

  it('defaults to the default policy', () => {
    expect(defineBackupCodePolicy()).toEqual(defaultBackupCodePolicy);
  });
});
