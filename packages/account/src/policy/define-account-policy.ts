import { checkedPolicy } from '@kabinet/core';
import type { AccountPolicy } from './account-policy.js';
import { checkAccountPolicy } from './check-account-policy.js';
import { defaultAccountPolicy } from './default-account-policy.js';

/**
 * Builds an account policy from overrides on a base (default {@link defaultAccountPolicy}) and
 * checks it with `checkAccountPolicy` (positive durations, an idle limit within the
 * absolute one, at least 10 backup codes, a permit holder's documents per ACC-6).
 * The one public name of the account policy's rules (`checkAccountPolicy`, which reports them
 * as issues, is internal, as in the other packages).
 *
 * @param overrides - the fields to change
 * @param base - the preset to start from
 * @returns the checked policy
 * @throws KabinetError `ERR_CONFIG` naming every bad field and the rule it broke
 * @example
 * ```ts
 * const policy = defineAccountPolicy({ maxSessions: 5 }, strictAccountPolicy);
 * defineAccountPolicy({ sessionIdleMs: 0 }); // throws ERR_CONFIG: sessionIdleMs positive_number
 * ```
 */
export function defineAccountPolicy(
  overrides: Partial<AccountPolicy> = {},
  base: AccountPolicy = defaultAccountPolicy,
): AccountPolicy {
  return checkedPolicy('account', { ...base, ...overrides }, checkAccountPolicy);
}
