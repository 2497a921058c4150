import { fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import type { TotpPolicy } from './totp-policy.js';

/**
 * Checks a TOTP policy against S-6: 6 or 8 digits, a 30-second step, at most one step of
 * drift each way, secrets of 20 to 64 bytes, a supported algorithm.
 *
 * @param policy - the policy to check
 * @returns the policy, or issues `totp.policy.invalid` with `{ field, rule }`
 * @example
 * ```ts
 * checkTotpPolicy({ ...defaultTotpPolicy, secretBytes: 10 }).success; // false
 * ```
 */
export function checkTotpPolicy(policy: TotpPolicy): Result<TotpPolicy, 'totp.policy.invalid'> {
  const issues: Issue<'totp.policy.invalid'>[] = [];
  const bad = (field: string, rule: string): void => {
    issues.push(issue('totp.policy.invalid', [field], { field, rule }));
  };
  if (policy.digits !== 6 && policy.digits !== 8) bad('digits', 'six_or_eight');
  if (policy.periodSeconds !== 30) bad('periodSeconds', 'thirty_seconds');
  if (policy.driftPastSteps !== 0 && policy.driftPastSteps !== 1)
    bad('driftPastSteps', 'at_most_one_step');
  if (policy.driftFutureSteps !== 0 && policy.driftFutureSteps !== 1)
    bad('driftFutureSteps', 'at_most_one_step');
  if (!Number.isInteger(policy.secretBytes) || policy.secretBytes < 20 || policy.secretBytes > 64)
    bad('secretBytes', 'integer_20_to_64');
  if (!['sha1', 'sha256', 'sha512'].includes(policy.algorithm))
    bad('algorithm', 'sha1_sha256_sha512');
  if (!Number.isInteger(policy.conflictRetries) || policy.conflictRetries < 0)
    bad('conflictRetries', 'non_negative_integer');
  return issues.length === 0 ? ok(policy) : fail(issues);
}
