import { fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import { USER_TYPES } from '@kabinet/ports';
import type { AccountMessageCode } from '../messages/account-messages.js';
import type { AccountPolicy } from './account-policy.js';

/**
 * The issue code of an account policy that fails its checks, taken from the catalogue's keys:
 * without its ru/en message it would be `never`, and the checks below would not compile.
 *
 * @useDeclaredType
 */
export type AccountPolicyIssueCode = Extract<AccountMessageCode, 'account.policy.invalid'>;

const POSITIVE = [
  'clarificationDeadlineMs',
  'draftTtlMs',
  'sessionIdleMs',
  'sessionAbsoluteMs',
  'accessTokenTtlMs',
  'secondFactorTtlMs',
  'reauthWindowMs',
  'letterCodeTtlMs',
  'activationLinkTtlMs',
  'registryChecksPerDay',
  'backupCodeCount',
  'contactHistoryLimit',
  'maxSessions',
  'passportValidityMonths',
] as const;

const NON_NEGATIVE_INTEGER = [
  'passwordHistory',
  'suspiciousLoginAfterFailures',
  'sessionTouchIntervalMs',
  'refreshRetryMs',
  'conflictRetries',
] as const;

/**
 * Checks an account policy against the rules it must keep: positive durations and counts, an
 * idle limit within the absolute one, at least 10 backup codes (S-6), a second factor to choose
 * from, non-empty document groups of which a permit holder's require the permit and the SNILS
 * on their own (ACC-6, DOC-5), a terms version. `defineAccountPolicy` builds a policy and
 * throws on these issues; this check is internal.
 *
 * @param policy - the policy to check
 * @returns the policy, or issues `account.policy.invalid` with `{ field, rule }`
 * @example
 * ```ts
 * checkAccountPolicy({ ...defaultAccountPolicy, sessionIdleMs: 0 }).success; // false
 * ```
 */
export function checkAccountPolicy(
  policy: AccountPolicy,
): Result<AccountPolicy, AccountPolicyIssueCode> {
  const issues: Issue<AccountPolicyIssueCode>[] = [];
  const bad = (field: string, rule: string): void => {
    issues.push(issue('account.policy.invalid', field.split('.'), { field, rule }));
  };
  for (const field of POSITIVE) {
    const value = policy[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
      bad(field, 'positive_number');
  }
  for (const field of NON_NEGATIVE_INTEGER)
    if (!Number.isInteger(policy[field]) || policy[field] < 0) bad(field, 'non_negative_integer');
  if (policy.sessionIdleMs > policy.sessionAbsoluteMs)
    bad('sessionIdleMs', 'at_most_session_absolute_ms');
  if (policy.passwordPreset !== 'portal' && policy.passwordPreset !== 'strict')
    bad('passwordPreset', 'portal_or_strict');
  if (policy.backupCodeCount < 10) bad('backupCodeCount', 'at_least_10'); // S-6
  if (!Array.isArray(policy.secondFactorMethods) || policy.secondFactorMethods.length === 0)
    bad('secondFactorMethods', 'non_empty_list');
  if (!Array.isArray(policy.confirmationMethods)) bad('confirmationMethods', 'list');
  for (const userType of USER_TYPES) {
    const groups = policy.requiredDocuments?.[userType];
    if (
      !Array.isArray(groups) ||
      groups.length === 0 ||
      groups.some((g) => !Array.isArray(g) || g.length === 0)
    )
      bad(`requiredDocuments.${userType}`, 'non_empty_groups');
  }
  const permitGroups = policy.requiredDocuments?.residence_permit_holder ?? [];
  for (const kind of ['residence_permit', 'snils'] as const) {
    // ACC-6, DOC-5: a passport alone never lifts a permit holder to standard.
    if (!permitGroups.some((g) => Array.isArray(g) && g.length === 1 && g[0] === kind))
      bad('requiredDocuments.residence_permit_holder', `requires_${kind}`);
  }
  if (typeof policy.termsVersion !== 'string' || policy.termsVersion === '')
    bad('termsVersion', 'non_empty_string');
  return issues.length === 0 ? ok(policy) : fail(issues);
}
