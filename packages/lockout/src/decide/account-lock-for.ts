import type { LockoutPolicy } from '../policy/lockout-policy.js';

/** The account lock a batch of failures earns: for a while, at the hard cap, or until support. */
export type AccountLock =
  | {
      /** A temporary lock. */
      readonly kind: 'temporary';
      /** How long it lasts. */
      readonly ms: number;
    }
  | {
      /** `capped`: the hard cap is reached (until the owner's code or support); `support`: until support (ACC-8). */
      readonly kind: 'capped' | 'support';
    };

/**
 * The `lockNumber`-th account lock in a row (1 = the first): until support when `lockMs` is
 * `null` (ACC-8); at the hard cap once `lockNumber · lockAfterFailures` reaches
 * `maxConsecutiveFailures` (NIST: at most 100 guesses); otherwise temporary,
 * `lockMs · lockFactor^(lockNumber − 1)`, at most `maxLockMs`.
 *
 * @param lockNumber - which lock in a row this is (1-based)
 * @param policy - the lockout policy
 * @returns the lock
 * @example
 * ```ts
 * accountLockFor(1, defaultLockoutPolicy); // { kind: 'temporary', ms: 300000 }
 * accountLockFor(10, defaultLockoutPolicy); // { kind: 'capped' }
 * ```
 */
export function accountLockFor(lockNumber: number, policy: LockoutPolicy): AccountLock {
  const { lockMs, lockFactor, maxLockMs, lockAfterFailures, maxConsecutiveFailures } =
    policy.password;
  if (lockMs === null) return { kind: 'support' };
  if (lockNumber * lockAfterFailures >= maxConsecutiveFailures) return { kind: 'capped' };
  const ms = lockMs * lockFactor ** Math.max(0, lockNumber - 1);
  return {
    kind: 'temporary',
    ms: Number.isFinite(ms) ? Math.min(Math.round(ms), maxLockMs) : maxLockMs,
  };
}
