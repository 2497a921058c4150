import type { LockoutPolicy } from '../policy/lockout-policy.js';

/**
 * Consecutive failures: the full batches of the locks in a row, plus the current batch —
 * which, while a lock record exists (even one that has run out and is not cleared yet), is
 * the batch that earned it and is already among the locks.
 */
export function consecutiveFailures(
  locksInRow: number,
  batch: number,
  lockRecord: boolean,
  policy: LockoutPolicy,
): number {
  return (
    Math.min(
      locksInRow * policy.password.lockAfterFailures,
      policy.password.maxConsecutiveFailures,
    ) + (lockRecord ? 0 : Math.max(0, batch))
  );
}
