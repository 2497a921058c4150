import { checkedPolicy } from '@kabinet/core';
import { checkOtpPolicy } from './check-otp-policy.js';
import { defaultOtpPolicy, type OtpPolicy } from './otp-policy.js';

/**
 * Builds a one-time-code policy from overrides on a base (default {@link defaultOtpPolicy}) and
 * checks it (S-3, S-4: at least 20 bits, at most 10 minutes, at most
 * 100 attempts). `checkOtpPolicy` reports issues; this builds or throws.
 *
 * @param overrides - the fields to change
 * @param base - the preset to start from
 * @returns the checked policy
 * @throws KabinetError `ERR_CONFIG` naming every bad field and the rule it broke
 * @example
 * ```ts
 * const policy = defineOtpPolicy({ ttlMs: 3 * 60_000 }, strictOtpPolicy);
 * defineOtpPolicy({ ttlMs: 20 * 60_000 }); // throws ERR_CONFIG: ttlMs at_most_10_minutes
 * ```
 */
export function defineOtpPolicy(
  overrides: Partial<OtpPolicy> = {},
  base: OtpPolicy = defaultOtpPolicy,
): OtpPolicy {
  return checkedPolicy('OTP', { ...base, ...overrides }, checkOtpPolicy);
}
