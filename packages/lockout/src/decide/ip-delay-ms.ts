import { progressiveDelayMs } from '../_lib/progressive-delay.js';
import type { LockoutPolicy } from '../policy/lockout-policy.js';

/**
 * How long an IP must wait after its `failures`-th password failure across accounts (S-7,
 * spraying): 0 while `failures < ipFreeFailures`, then the same growth as the account+IP
 * delay (`baseDelayMs · delayFactor^(failures − ipFreeFailures)`, at most `maxDelayMs`).
 *
 * @param failures - the IP's failures in its window, this one included
 * @param policy - the lockout policy
 * @returns the delay in ms
 * @example
 * ```ts
 * ipDelayMs(30, defaultLockoutPolicy); // 30000
 * ipDelayMs(29, defaultLockoutPolicy); // 0
 * ```
 */
export function ipDelayMs(failures: number, policy: LockoutPolicy): number {
  return progressiveDelayMs(failures, policy.password.ipFreeFailures, policy);
}
