import { KabinetError } from '@kabinet/core';
import type { AccountPolicy } from './account-policy.js';

/**
 * Checks a policy and throws on a value that cannot work (a non-positive duration, an idle
 * limit longer than the absolute one, no second factor to choose from, …).
 *
 * @param policy - the policy to check
 * @returns the same policy
 * @throws `KabinetError` `ERR_CONFIG` naming every bad field
 * @example
 * ```ts
 * checkAccountPolicy({ ...defaultAccountPolicy, sessionIdleMs: 0 }); // throws ERR_CONFIG
 * ```
 */
export function checkAccountPolicy(policy: AccountPolicy): AccountPolicy {
  const bad: string[] = [];
  const positive = [
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
  for (const field of positive) {
    const value = policy[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
      bad.push(`${field} must be a positive number`);
  }
  for (const field of [
    'passwordHistory',
    'suspiciousLoginAfterFailures',
    'sessionTouchIntervalMs',
    'refreshRetryMs',
    'conflictRetries',
  ] as const) {
    if (!Number.isInteger(policy[field]) || policy[field] < 0)
      bad.push(`${field} must be a non-negative integer`);
  }
  if (policy.sessionIdleMs > policy.sessionAbsoluteMs)
    bad.push('sessionIdleMs must not exceed sessionAbsoluteMs');
  if (policy.passwordPreset !== 'portal' && policy.passwordPreset !== 'strict')
    bad.push("passwordPreset must be 'portal' or 'strict'");
  if (policy.backupCodeCount < 10) bad.push('backupCodeCount must be at least 10 (S-6)');
  if (!Array.isArray(policy.secondFactorMethods) || policy.secondFactorMethods.length === 0)
    bad.push('secondFactorMethods must not be empty');
  if (!Array.isArray(policy.confirmationMethods)) bad.push('confirmationMethods must be a list');
  for (const userType of ['foreign_citizen', 'residence_permit_holder'] as const) {
    const groups = policy.requiredDocuments?.[userType];
    if (
      !Array.isArray(groups) ||
      groups.length === 0 ||
      groups.some((g) => !Array.isArray(g) || g.length === 0)
    ) {
      bad.push(`requiredDocuments.${userType} must list non-empty groups`);
    }
  }
  const permitGroups = policy.requiredDocuments?.residence_permit_holder ?? [];
  for (const kind of ['residence_permit', 'snils'] as const) {
    // ACC-6, DOC-5: a passport alone never lifts a permit holder to standard.
    if (!permitGroups.some((g) => Array.isArray(g) && g.length === 1 && g[0] === kind)) {
      bad.push(`requiredDocuments.residence_permit_holder must require ${kind} (ACC-6)`);
    }
  }
  if (typeof policy.termsVersion !== 'string' || policy.termsVersion === '')
    bad.push('termsVersion must be a non-empty string');
  if (bad.length > 0) throw new KabinetError('ERR_CONFIG', `account policy: ${bad.join('; ')}`);
  return policy;
}
