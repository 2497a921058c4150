import { KabinetError } from '@kabinet/core';
import type { AccountPolicy } from './account-policy.js';
import { checkAccountPolicy } from './check-account-policy.js';
import { defaultAccountPolicy } from './default-account-policy.js';

/**
 * Builds an account policy from overrides on a base (default {@link defaultAccountPolicy}) and
 * checks it with {@link checkAccountPolicy} (positive durations, an idle limit within the
 * absolute one, at least 10 backup codes, a permit holder's documents per ACC-6).
 * `checkAccountPolicy` reports issues; this builds or throws.
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
  const policy: AccountPolicy = { ...base, ...overrides };
  const checked = checkAccountPolicy(policy);
  if (checked.success) return policy;
  const fields = checked.issues.map((i) => `${String(i.params?.field)} ${String(i.params?.rule)}`);
  throw new KabinetError('ERR_CONFIG', `invalid account policy: ${fields.join(', ')}`, {
    details: { fields: fields.join(', ') },
  });
}
