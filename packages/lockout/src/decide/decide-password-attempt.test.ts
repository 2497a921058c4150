import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { portalLockoutPolicy } from '../policy/lockout-policy.js';
import { decidePasswordAttempt, type PasswordAttemptState } from './decide-password-attempt.js';

const now = Date.UTC(2026, 0, 1, 12);
const free: PasswordAttemptState = { ipFailuresToday: 1, holders: 1, nextAllowedAt: 0, lockedUntil: 0, accountFailures: 1 };
const stateArb = fc.record({
  ipFailuresToday: fc.integer({ min: 1, max: 200 }),
  holders: fc.integer({ min: 1, max: 3 }),
  nextAllowedAt: fc.oneof(fc.constant(0), fc.integer({ min: now - 100_000, max: now + 100_000 })),
  lockedUntil: fc.oneof(fc.constant(0), fc.integer({ min: now - 100_000, max: now + 100_000 }), fc.constant(Number.MAX_SAFE_INTEGER)),
  accountFailures: fc.integer({ min: 1, max: 20 }),
});

describe('decidePasswordAttempt', () => {
  it('OTP-5: allows a clean attempt and refuses a locked account as invalid_credentials without a retry time', () => {
    expect(decidePasswordAttempt(free, now, portalLockoutPolicy)).toEqual({ allowed: true });
    expect(decidePasswordAttempt({ ...free, lockedUntil: Number.MAX_SAFE_INTEGER }, now, portalLockoutPolicy)).toEqual({
      allowed: false,
      reason: 'locked',
      publicOutcome: 'invalid_credentials',
    });
    expect(decidePasswordAttempt({ ...free, accountFailures: 11 }, now, portalLockoutPolicy)).toMatchObject({ reason: 'locked' });
  });

  it('S-7: delays end exactly at nextAllowedAt', () => {
    expect(decidePasswordAttempt({ ...free, nextAllowedAt: now + 1 }, now, portalLockoutPolicy)).toEqual({
      allowed: false,
      reason: 'delayed',
      publicOutcome: 'retry_later',
      retryAfterMs: 1,
    });
    expect(decidePasswordAttempt({ ...free, nextAllowedAt: now }, now, portalLockoutPolicy)).toEqual({ allowed: true });
  });

  test.prop([stateArb])('S-8: the answer depends on the lock only when every client-own limit passes', (state) => {
    const locked = decidePasswordAttempt({ ...state, lockedUntil: Number.MAX_SAFE_INTEGER }, now, portalLockoutPolicy);
    const open = decidePasswordAttempt({ ...state, lockedUntil: 0, accountFailures: 1 }, now, portalLockoutPolicy);
    if (!open.allowed) expect(locked).toEqual(open);
    else expect(locked).toEqual({ allowed: false, reason: 'locked', publicOutcome: 'invalid_credentials' });
    // A lock never produces a retry time (it would reveal the lock).
    if (!locked.allowed && locked.reason === 'locked') expect(locked).not.toHaveProperty('retryAfterMs');
  });

  test.prop([stateArb])('S-7: refusals that are the client\'s own carry a positive retry time', (state) => {
    const d = decidePasswordAttempt(state, now, portalLockoutPolicy);
    if (!d.allowed && d.publicOutcome === 'retry_later') expect(d.retryAfterMs).toBeGreaterThan(0);
    if (d.allowed) {
      expect(state.holders).toBe(1);
      expect(state.ipFailuresToday).toBeLessThanOrEqual(portalLockoutPolicy.password.maxFailuresPerIpPerDay);
      expect(state.accountFailures).toBeLessThanOrEqual(portalLockoutPolicy.password.maxConsecutiveFailures);
      expect(now >= state.nextAllowedAt && now >= state.lockedUntil).toBe(true);
    }
  });
});
