import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  defaultLockoutPolicy,
  strictLockoutPolicy,
  type LockoutPolicy,
} from '../policy/lockout-policy.js';
import { passwordDelayMs } from './password-delay-ms.js';

describe('passwordDelayMs', () => {
  it('S-7: no delay for the free failures, then 30 s doubling up to the cap', () => {
    const p = defaultLockoutPolicy;
    expect([1, 2, 3, 4].map((f) => passwordDelayMs(f, p))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 50].map((f) => passwordDelayMs(f, p))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000,
    ]);
    expect(passwordDelayMs(3, strictLockoutPolicy)).toBe(30_000);
    expect(passwordDelayMs(10_000, strictLockoutPolicy)).toBe(3_600_000);
  });

  test.prop([
    fc.integer({ min: 0, max: 2000 }),
    fc.integer({ min: 0, max: 10 }),
    fc.double({ min: 1, max: 100, noNaN: true }),
  ])(
    'S-7: the delay never shrinks as failures grow and never exceeds the maximum',
    (failures, freeFailures, delayFactor) => {
      const policy: LockoutPolicy = {
        ...defaultLockoutPolicy,
        password: { ...defaultLockoutPolicy.password, freeFailures, delayFactor },
      };
      const a = passwordDelayMs(failures, policy);
      const b = passwordDelayMs(failures + 1, policy);
      expect(b).toBeGreaterThanOrEqual(a);
      expect(b).toBeLessThanOrEqual(policy.password.maxDelayMs);
      expect(a === 0).toBe(failures < freeFailures);
    },
  );
});
