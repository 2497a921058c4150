import { checkedPolicy } from '@kabinet/core';
import { checkLockoutPolicy } from './check-lockout-policy.js';
import { defaultLockoutPolicy, type LockoutPolicy } from './lockout-policy.js';

/**
 * Builds a lockout policy from overrides on a base (default {@link defaultLockoutPolicy}) and
 * checks it: positive counts and durations, growing delays and locks, at most 100
 * consecutive password failures. The overrides replace whole sections (`password`, `send`, …): spread the
 * base's section to change one field of it.
 *
 * @param overrides - the fields to change
 * @param base - the preset to start from
 * @returns the checked policy
 * @throws KabinetError `ERR_CONFIG` naming every bad field and the rule it broke
 * @example
 * ```ts
 * const policy = defineLockoutPolicy({ dayOffsetMinutes: 300 }, strictLockoutPolicy);
 * defineLockoutPolicy({ busyRetryMs: 0 }); // throws ERR_CONFIG: busyRetryMs positive_ms
 * ```
 */
export function defineLockoutPolicy(
  overrides: Partial<LockoutPolicy> = {},
  base: LockoutPolicy = defaultLockoutPolicy,
): LockoutPolicy {
  return checkedPolicy('lockout', { ...base, ...overrides }, checkLockoutPolicy);
}
