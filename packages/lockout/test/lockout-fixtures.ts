// Shared by the lockout service's tests: small policies that reach every limit in short runs,
// a service on a fake clock, and password checks.
import { createMemoryCounterStore } from '@kabinet/memory';
import { createFakeClock } from '@kabinet/core/testing';
import type { PasswordOutcome } from '../src/decide/password-outcome.js';
import { defaultLockoutPolicy, type LockoutPolicy } from '../src/policy/lockout-policy.js';
import { createLockoutService } from '../src/service/create-lockout-service.js';

export const MIN = 60_000;

/** Small numbers so short property runs reach every limit. */
export const small: LockoutPolicy = {
  ...defaultLockoutPolicy,
  code: { blockMs: 5 * MIN, maxFailuresPerDay: 4, maxFailuresPerIpPerDay: 100 },
  password: {
    ...defaultLockoutPolicy.password,
    freeFailures: 2,
    baseDelayMs: 1_000,
    delayFactor: 2,
    maxDelayMs: 8_000,
    ipFreeFailures: 4,
    lockAfterFailures: 5,
    lockMs: 10_000,
    lockFactor: 2,
    maxLockMs: 40_000,
    maxConsecutiveFailures: 20,
    maxFailuresPerIpPerDay: 7,
  },
};

/** The first lock is the cap: a locked account stays locked (for the S-8 comparison). */
export const capAt5: LockoutPolicy = {
  ...small,
  password: { ...small.password, maxConsecutiveFailures: 5 },
};

export function setup(policy: LockoutPolicy = defaultLockoutPolicy) {
  const clock = createFakeClock();
  const counters = createMemoryCounterStore({ clock });
  return { clock, counters, lockout: createLockoutService({ counters, clock, policy }) };
}

export const yes = (): Promise<boolean> => Promise.resolve(true);
/** An outcome as the client sees it: `locked` and `wrong_password` are one answer (S-8). */
export const asSeen = (o: PasswordOutcome): PasswordOutcome =>
  o.kind === 'locked' ? { ...o, kind: 'wrong_password' } : o;
export const no = (): Promise<boolean> => Promise.resolve(false);
