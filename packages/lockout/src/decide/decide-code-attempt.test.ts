import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { defaultLockoutPolicy } from '../policy/lockout-policy.js';
import { decideCodeAttempt } from './decide-code-attempt.js';

const now = Date.UTC(2026, 0, 1, 12);

describe('decideCodeAttempt', () => {
  test.prop([fc.integer({ min: -400_000, max: 400_000 })])(
    'OTP-3: the block ends exactly at nextAllowedAt',
    (offset) => {
      const d = decideCodeAttempt(
        { ipFailuresToday: 1, holders: 1, nextAllowedAt: now + offset, failuresToday: 1 },
        now,
        defaultLockoutPolicy,
      );
      if (offset > 0)
        expect(d).toEqual({
          allowed: false,
          reason: 'blocked',
          retryAfterMs: offset,
        });
      else expect(d).toEqual({ allowed: true });
    },
  );

  it('OTP-3: at exactly nextAllowedAt the next try is allowed', () => {
    expect(
      decideCodeAttempt(
        { ipFailuresToday: 1, holders: 1, nextAllowedAt: now, failuresToday: 1 },
        now,
        defaultLockoutPolicy,
      ),
    ).toEqual({ allowed: true });
    expect(
      decideCodeAttempt(
        { ipFailuresToday: 1, holders: 1, nextAllowedAt: now + 1, failuresToday: 1 },
        now,
        defaultLockoutPolicy,
      ),
    ).toMatchObject({ retryAfterMs: 1 });
  });

  it('S-4: the daily cap and the per-IP cap refuse until the end of the local day', () => {
    const capped = decideCodeAttempt(
      { ipFailuresToday: 1, holders: 1, nextAllowedAt: 0, failuresToday: 10 },
      now,
      defaultLockoutPolicy,
    );
    expect(capped).toMatchObject({
      allowed: false,
      reason: 'capped',
      retryAfterMs: Date.UTC(2026, 0, 1, 21) - now,
    });
    const ip = decideCodeAttempt(
      { ipFailuresToday: 101, holders: 1, nextAllowedAt: 0, failuresToday: 0 },
      now,
      defaultLockoutPolicy,
    );
    expect(ip).toMatchObject({ allowed: false, reason: 'ip_capped' });
    expect(
      decideCodeAttempt(
        { ipFailuresToday: 1, holders: 2, nextAllowedAt: 0, failuresToday: 0 },
        now,
        defaultLockoutPolicy,
      ),
    ).toMatchObject({ reason: 'busy' });
  });
});
