import type { LockoutPolicy } from '../policy/lockout-policy.js';

/**
 * How many failures the account may have before its next lock: `lockAfterFailures`, or fewer
 * when the hard cap `maxConsecutiveFailures` comes first.
 *
 * @param locksInRow - locks the account has had in a row
 * @param policy - the lockout policy
 * @returns failures allowed in the current batch (0 when the cap is reached)
 * @example
 * ```ts
 * failuresBeforeLock(0, defaultLockoutPolicy); // 10
 * failuresBeforeLock(10, defaultLockoutPolicy); // 0: the cap of 100 is reached
 * ```
 */
export function failuresBeforeLock(locksInRow: number, policy: LockoutPolicy): number {
  const { lockAfterFailures, maxConsecutiveFailures } = policy.password;
  return Math.max(
    0,
    Math.min(lockAfterFailures, maxConsecutiveFailures - locksInRow * lockAfterFailures),
  );
}
