import type { NotificationsPolicy } from './notifications-policy.js';

/**
 * The delay before the next try of a delivery that failed `attempts` times: `backoffMs`
 * doubled per earlier failure, at most `maxBackoffMs`. Pure.
 *
 * @param attempts - tries so far (1 after the first failure)
 * @param policy - `backoffMs` and `maxBackoffMs`
 * @returns the delay, ms
 * @example
 * ```ts
 * computeBackoff(1, defaultNotificationsPolicy); // 30_000
 * computeBackoff(3, defaultNotificationsPolicy); // 120_000
 * ```
 */
export function computeBackoff(
  attempts: number,
  policy: Pick<NotificationsPolicy, 'backoffMs' | 'maxBackoffMs'>,
): number {
  const doublings = Math.max(0, Math.min(attempts - 1, 52));
  return Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** doublings);
}
