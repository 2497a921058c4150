import { fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import type { LockoutMessageCode } from '../messages/lockout-messages.js';
import type { LockoutPolicy } from './lockout-policy.js';

/**
 * The issue code of a policy that fails its checks, taken from the catalogue's keys: without its
 * ru/en message it would be `never`, and the checks below would not compile.
 *
 * @useDeclaredType
 */
export type LockoutIssueCode = Extract<LockoutMessageCode, 'lockout.policy.invalid'>;

/**
 * Checks a lockout policy: every count a positive integer, every duration a positive number
 * of ms, delays and locks that grow (`delayFactor`, `lockFactor` ≥ 1, `maxDelayMs` ≥
 * `baseDelayMs`, `maxLockMs` ≥ `lockMs`), at most 100 consecutive password failures per
 * account (NIST 800-63B §3.2.2), a time-zone offset between −12 and +14 hours.
 *
 * @param policy - the policy to check
 * @returns the policy, or issues `lockout.policy.invalid` with `{ field, rule }`
 * @example
 * ```ts
 * const r = checkLockoutPolicy({ ...defaultLockoutPolicy, password: { ...defaultLockoutPolicy.password, maxConsecutiveFailures: 500 } });
 * r.success; // false
 * ```
 */
export function checkLockoutPolicy(policy: LockoutPolicy): Result<LockoutPolicy, LockoutIssueCode> {
  const issues: Issue<LockoutIssueCode>[] = [];
  const bad = (field: string, rule: string): void => {
    issues.push(issue('lockout.policy.invalid', field.split('.'), { field, rule }));
  };
  const count = (field: string, value: unknown, max = Number.MAX_SAFE_INTEGER): void => {
    if (!Number.isSafeInteger(value) || (value as number) < 1 || (value as number) > max)
      bad(field, max === Number.MAX_SAFE_INTEGER ? 'positive_integer' : `integer_1_to_${max}`);
  };
  const duration = (field: string, value: unknown): void => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1)
      bad(field, 'positive_ms');
  };
  const factor = (field: string, value: unknown): void => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 1 || value > 100)
      bad(field, 'number_1_to_100');
  };
  const p = policy ?? ({} as LockoutPolicy);
  if (
    !Number.isInteger(p.dayOffsetMinutes) ||
    p.dayOffsetMinutes < -720 ||
    p.dayOffsetMinutes > 840
  )
    bad('dayOffsetMinutes', 'minutes_-720_to_840');
  duration('attemptLeaseMs', p.attemptLeaseMs);
  duration('busyRetryMs', p.busyRetryMs);
  const code = p.code ?? {};
  duration('code.blockMs', code.blockMs);
  count('code.maxFailuresPerDay', code.maxFailuresPerDay);
  count('code.maxFailuresPerIpPerDay', code.maxFailuresPerIpPerDay);
  const pw = p.password ?? {};
  if (!Number.isSafeInteger(pw.freeFailures) || pw.freeFailures < 0)
    bad('password.freeFailures', 'non_negative_integer');
  duration('password.baseDelayMs', pw.baseDelayMs);
  factor('password.delayFactor', pw.delayFactor);
  duration('password.maxDelayMs', pw.maxDelayMs);
  if (
    typeof pw.maxDelayMs === 'number' &&
    typeof pw.baseDelayMs === 'number' &&
    pw.maxDelayMs < pw.baseDelayMs
  )
    bad('password.maxDelayMs', 'at_least_base_delay');
  duration('password.pairWindowMs', pw.pairWindowMs);
  if (!Number.isSafeInteger(pw.ipFreeFailures) || pw.ipFreeFailures < 0)
    bad('password.ipFreeFailures', 'non_negative_integer');
  duration('password.ipWindowMs', pw.ipWindowMs);
  count('password.lockAfterFailures', pw.lockAfterFailures, 100);
  count('password.maxConsecutiveFailures', pw.maxConsecutiveFailures, 100);
  duration('password.accountWindowMs', pw.accountWindowMs);
  if (pw.lockMs !== null) duration('password.lockMs', pw.lockMs);
  factor('password.lockFactor', pw.lockFactor);
  duration('password.maxLockMs', pw.maxLockMs);
  if (typeof pw.lockMs === 'number' && typeof pw.maxLockMs === 'number' && pw.maxLockMs < pw.lockMs)
    bad('password.maxLockMs', 'at_least_lock');
  duration('password.lockRetentionMs', pw.lockRetentionMs);
  count('password.maxFailuresPerIpPerDay', pw.maxFailuresPerIpPerDay);
  if (typeof pw.successResetsAccount !== 'boolean') bad('password.successResetsAccount', 'boolean');
  if (!Number.isSafeInteger(pw.trustedPairMs) || pw.trustedPairMs < 0)
    bad('password.trustedPairMs', 'non_negative_ms');
  if (typeof pw.selfUnlock !== 'boolean') bad('password.selfUnlock', 'boolean');
  const send = p.send ?? {};
  duration('send.cooldownMs', send.cooldownMs);
  count('send.maxPerPhonePerDay', send.maxPerPhonePerDay);
  count('send.maxPerEmailPerDay', send.maxPerEmailPerDay);
  count('send.maxPerIpPerDay', send.maxPerIpPerDay);
  const lookup = p.lookup ?? {};
  count('lookup.maxPerSubjectPerDay', lookup.maxPerSubjectPerDay);
  if (lookup.maxTotalPerDay !== null) count('lookup.maxTotalPerDay', lookup.maxTotalPerDay);
  return issues.length === 0 ? ok(policy) : fail(issues);
}
