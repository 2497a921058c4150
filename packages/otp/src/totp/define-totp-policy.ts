import { checkedPolicy } from '@kabinet/core';
import { checkTotpPolicy } from './check-totp-policy.js';
import { defaultTotpPolicy, type TotpPolicy } from './totp-policy.js';

/**
 * Builds a TOTP policy from overrides on a base (default {@link defaultTotpPolicy}) and checks
 * it (S-6: 6 or 8 digits, a 30-second step, at most one step of
 * drift, 20 to 64 secret bytes). `checkTotpPolicy` reports issues; this builds or throws.
 *
 * @param overrides - the fields to change
 * @param base - the preset to start from
 * @returns the checked policy
 * @throws KabinetError `ERR_CONFIG` naming every bad field and the rule it broke
 * @example
 * ```ts
 * const policy = defineTotpPolicy({ driftPastSteps: 0 });
 * defineTotpPolicy({ secretBytes: 10 }); // throws ERR_CONFIG: secretBytes integer_20_to_64
 * ```
 */
export function defineTotpPolicy(
  overrides: Partial<TotpPolicy> = {},
  base: TotpPolicy = defaultTotpPolicy,
): TotpPolicy {
  return checkedPolicy('TOTP', { ...base, ...overrides }, checkTotpPolicy);
}
