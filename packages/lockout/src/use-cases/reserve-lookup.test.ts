import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { defaultLockoutPolicy } from '../policy/lockout-policy.js';
import { setup } from '../../test/lockout-fixtures.js';

describe('createLockoutService — sends and look-ups', () => {
  it('OTP-7: registry look-ups are capped per day and deferred to the next local day', async () => {
    const { lockout, clock } = setup();
    for (let i = 0; i < 5; i++)
      expect(await lockout.reserveLookup({ subject: 'acc_1' })).toEqual({
        allowed: true,
        remainingToday: 4 - i,
      });
    const midnight = Date.UTC(2026, 0, 1, 21);
    expect(await lockout.reserveLookup({ subject: 'acc_1' })).toEqual({
      allowed: false,
      outcome: 'deferred',
      reason: 'subject_capped',
      retryAt: midnight,
      retryAfterMs: midnight - clock.now(),
    });
    expect((await lockout.reserveLookup({ subject: 'acc_2' })).allowed).toBe(true);
    clock.set(midnight);
    expect((await lockout.reserveLookup({ subject: 'acc_1' })).allowed).toBe(true);
  });

  test.prop([fc.integer({ min: 1, max: 40 })], { numRuns: 10 })(
    'OTP-7, S-9: parallel look-ups never exceed the subject and deployment caps',
    async (n) => {
      const { lockout } = setup({
        ...defaultLockoutPolicy,
        lookup: { maxPerSubjectPerDay: 5, maxTotalPerDay: 12 },
      });
      const results = await Promise.all(
        Array.from({ length: n }, (_, i) => lockout.reserveLookup({ subject: `acc_${i % 3}` })),
      );
      const allowed = results.filter((r) => r.allowed).length;
      expect(allowed).toBe(
        Math.min(
          n,
          12,
          [0, 1, 2].reduce((sum, s) => sum + Math.min(5, Math.ceil((n - s) / 3)), 0),
        ),
      );
    },
  );
});
