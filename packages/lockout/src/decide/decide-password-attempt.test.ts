import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  defaultLockoutPolicy,
  supportLockoutPolicy,
  type LockoutPolicy,
} from '../policy/lockout-policy.js';
import { accountLockFor } from './account-lock-for.js';
import {
  decidePasswordAttempt,
  LOCKED_UNTIL_SUPPORT,
  LOCKED_UNTIL_UNLOCK,
  type PasswordAttemptState,
} from './decide-password-attempt.js';
import { failuresBeforeLock } from './failures-before-lock.js';
import { ipDelayMs } from './ip-delay-ms.js';

const now = Date.UTC(2026, 0, 1, 12);
const free: PasswordAttemptState = {
  ipFailuresToday: 1,
  holders: 1,
  nextAllowedAt: 0,
  lockedUntil: 0,
  accountFailures: 1,
};
const stateArb = fc.record({
  ipFailuresToday: fc.integer({ min: 1, max: 200 }),
  holders: fc.integer({ min: 1, max: 3 }),
  nextAllowedAt: fc.oneof(fc.constant(0), fc.integer({ min: now - 100_000, max: now + 100_000 })),
  lockedUntil: fc.oneof(
    fc.constant(0),
    fc.integer({ min: now - 100_000, max: now + 100_000 }),
    fc.constant(Number.MAX_SAFE_INTEGER),
  ),
  accountFailures: fc.integer({ min: 1, max: 20 }),
});

describe('decidePasswordAttempt', () => {
  it('OTP-5: allows a clean attempt and refuses a locked account as invalid_credentials without a retry time', () => {
    expect(decidePasswordAttempt(free, now, defaultLockoutPolicy)).toEqual({ kind: 'allowed' });
    expect(
      decidePasswordAttempt(
        { ...free, lockedUntil: Number.MAX_SAFE_INTEGER },
        now,
        defaultLockoutPolicy,
      ),
    ).toEqual({
      kind: 'locked',
    });
    expect(
      decidePasswordAttempt({ ...free, accountFailures: 11 }, now, defaultLockoutPolicy),
    ).toEqual({ kind: 'locked' });
  });

  it('S-7: delays end exactly at nextAllowedAt', () => {
    expect(
      decidePasswordAttempt({ ...free, nextAllowedAt: now + 1 }, now, defaultLockoutPolicy),
    ).toEqual({
      kind: 'retry_later',
      reason: 'delayed',
      retryAfterMs: 1,
    });
    expect(
      decidePasswordAttempt({ ...free, nextAllowedAt: now }, now, defaultLockoutPolicy),
    ).toEqual({ kind: 'allowed' });
  });

  test.prop([stateArb])(
    'S-8: the answer depends on the lock only when every client-own limit passes',
    (state) => {
      const locked = decidePasswordAttempt(
        { ...state, lockedUntil: Number.MAX_SAFE_INTEGER },
        now,
        defaultLockoutPolicy,
      );
      const open = decidePasswordAttempt(
        { ...state, lockedUntil: 0, accountFailures: 1 },
        now,
        defaultLockoutPolicy,
      );
      if (open.kind !== 'allowed') expect(locked).toEqual(open);
      else
        expect(locked).toEqual({
          kind: 'locked',
        });
      // A lock never produces a retry time (it would reveal the lock).
      if (locked.kind === 'locked') expect(locked).not.toHaveProperty('retryAfterMs');
    },
  );

  test.prop([stateArb])(
    "S-7: refusals that are the client's own carry a positive retry time",
    (state) => {
      const d = decidePasswordAttempt(state, now, defaultLockoutPolicy);
      if (d.kind === 'retry_later') expect(d.retryAfterMs).toBeGreaterThan(0);
      if (d.kind === 'allowed') {
        expect(state.holders).toBe(1);
        expect(state.ipFailuresToday).toBeLessThanOrEqual(
          defaultLockoutPolicy.password.maxFailuresPerIpPerDay,
        );
        expect(state.accountFailures).toBeLessThanOrEqual(
          defaultLockoutPolicy.password.maxConsecutiveFailures,
        );
        expect(now >= state.nextAllowedAt && now >= state.lockedUntil).toBe(true);
      }
    },
  );

  it('S-7: a trusted pair is held by a support lock, but not by a timed lock or the cap', () => {
    const p = defaultLockoutPolicy;
    const locked = { kind: 'locked' };
    expect(decidePasswordAttempt({ ...free, lockedUntil: now + 1, trusted: true }, now, p)).toEqual(
      { kind: 'allowed' },
    );
    expect(
      decidePasswordAttempt({ ...free, lockedUntil: LOCKED_UNTIL_UNLOCK, trusted: true }, now, p),
    ).toEqual({ kind: 'allowed' });
    expect(
      decidePasswordAttempt(
        { ...free, accountFailures: 50, locksInRow: 10, trusted: true },
        now,
        p,
      ),
    ).toEqual({ kind: 'allowed' });
    expect(
      decidePasswordAttempt({ ...free, lockedUntil: LOCKED_UNTIL_SUPPORT, trusted: true }, now, p),
    ).toEqual(locked);
    expect(decidePasswordAttempt({ ...free, lockedUntil: now + 1 }, now, p)).toEqual(locked);
    expect(decidePasswordAttempt({ ...free, lockedUntil: now }, now, p)).toEqual({
      kind: 'allowed',
    });
  });

  it('S-7: the IP delay ends exactly at ipNextAllowedAt and comes before the account+IP slot', () => {
    expect(
      decidePasswordAttempt(
        { ...free, ipNextAllowedAt: now + 5, holders: 2 },
        now,
        defaultLockoutPolicy,
      ),
    ).toEqual({
      kind: 'retry_later',
      reason: 'ip_delayed',
      retryAfterMs: 5,
    });
    expect(
      decidePasswordAttempt({ ...free, ipNextAllowedAt: now }, now, defaultLockoutPolicy),
    ).toEqual({ kind: 'allowed' });
  });

  it('OTP-5, S-7: batches of lockAfterFailures, locks doubling from lockMs up to maxLockMs, and the cap at maxConsecutiveFailures (≤ 100, NIST)', () => {
    const p = defaultLockoutPolicy;
    expect([0, 1, 9, 10].map((n) => failuresBeforeLock(n, p))).toEqual([10, 10, 10, 0]);
    expect([1, 2, 3, 4, 5, 9, 10].map((n) => accountLockFor(n, p))).toEqual([
      { kind: 'temporary', ms: 5 * 60_000 },
      { kind: 'temporary', ms: 10 * 60_000 },
      { kind: 'temporary', ms: 20 * 60_000 },
      { kind: 'temporary', ms: 40 * 60_000 },
      { kind: 'temporary', ms: 60 * 60_000 },
      { kind: 'temporary', ms: 60 * 60_000 },
      { kind: 'capped' },
    ]);
    expect(accountLockFor(1, supportLockoutPolicy)).toEqual({ kind: 'support' });
    // A cap that is not a multiple of the batch: the last batch is shorter.
    const odd: LockoutPolicy = { ...p, password: { ...p.password, maxConsecutiveFailures: 25 } };
    expect([0, 1, 2].map((n) => failuresBeforeLock(n, odd))).toEqual([10, 10, 5]);
    expect(accountLockFor(3, odd)).toEqual({ kind: 'capped' });
  });

  test.prop([
    fc.integer({ min: 1, max: 100 }),
    fc.integer({ min: 1, max: 100 }),
    fc.integer({ min: 1, max: 200 }),
  ])(
    'S-7: over every batch and cap, the batches before the cap add up to exactly maxConsecutiveFailures and every lock stays within maxLockMs',
    (lockAfterFailures, maxConsecutiveFailures, lockNumber) => {
      const p: LockoutPolicy = {
        ...defaultLockoutPolicy,
        password: { ...defaultLockoutPolicy.password, lockAfterFailures, maxConsecutiveFailures },
      };
      let total = 0;
      let locks = 0;
      while (failuresBeforeLock(locks, p) > 0) {
        total += failuresBeforeLock(locks, p);
        locks += 1;
      }
      expect(total).toBe(maxConsecutiveFailures);
      expect(accountLockFor(locks, p)).toEqual({ kind: 'capped' });
      const lock = accountLockFor(lockNumber, p);
      if (lock.kind === 'temporary') expect(lock.ms).toBeLessThanOrEqual(p.password.maxLockMs);
    },
  );

  it('S-7: the IP delay starts at ipFreeFailures', () => {
    expect([29, 30, 31, 60].map((f) => ipDelayMs(f, defaultLockoutPolicy))).toEqual([
      0,
      30_000,
      60_000,
      15 * 60_000,
    ]);
  });
});
