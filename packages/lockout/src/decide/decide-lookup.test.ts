import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { defaultLockoutPolicy, type LockoutPolicy } from '../policy/lockout-policy.js';
import { decideLookup } from './decide-lookup.js';

const now = Date.UTC(2026, 0, 1, 12);

describe('decideLookup', () => {
  test.prop([
    fc.integer({ min: 1, max: 20 }),
    fc.integer({ min: 1, max: 200 }),
    fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
  ])(
    'OTP-7: look-ups over the daily cap are deferred to the next local midnight',
    (subjectToday, totalToday, maxTotalPerDay) => {
      const policy: LockoutPolicy = {
        ...defaultLockoutPolicy,
        lookup: { maxPerSubjectPerDay: 5, maxTotalPerDay },
      };
      const d = decideLookup({ subjectToday, totalToday }, now, policy);
      const over = subjectToday > 5 || (maxTotalPerDay !== null && totalToday > maxTotalPerDay);
      expect(d.allowed).toBe(!over);
      if (!d.allowed)
        expect(d).toMatchObject({
          outcome: 'deferred',
          retryAt: Date.UTC(2026, 0, 1, 21),
          retryAfterMs: Date.UTC(2026, 0, 1, 21) - now,
        });
      else expect(d.remainingToday).toBe(5 - subjectToday);
    },
  );
});
