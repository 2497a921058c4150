import { progressiveDelayMs } from '../_lib/progressive-delay.js';
import type { LockoutPolicy } from '../policy/lockout-policy.js';

/**
 * How long an account+IP must wait after its `failures`-th consecutive wrong password: 0
 * while `failures < freeFailures`, then `baseDelayMs · delayFactor^(failures − freeFailures)`,
 * capped at `maxDelayMs` (NIST 800-63B §3.2.2: "30 s up to 1 h").
 *
 * @param failures - consecutive failures so far, this one included
 * @param policy - the lockout policy
 * @returns the delay in ms
 * @example
 * ```ts
 * passwordDelayMs(5, defaultLockoutPolicy); // 30000
 * passwordDelayMs(6, defaultLockoutPolicy); // 60000
 * ```
 */
export function passwordDelayMs(failures: number, policy: LockoutPolicy): number {
  return progressiveDelayMs(failures, policy.password.freeFailures, policy);
}
