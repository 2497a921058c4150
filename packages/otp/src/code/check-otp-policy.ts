import { fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import type { OtpPolicy } from './otp-policy.js';

/** The longest lifetime a code may have: 10 minutes (S-3). */
export const MAX_OTP_TTL_MS = 10 * 60_000;

/** The least entropy a code may carry, in bits (S-3: 6 digits ≈ 19.93 bits, ASVS 6.5.4). */
export const MIN_OTP_BITS = 19.9;

/**
 * Checks a one-time-code policy against the rules it must keep (S-3, S-4): at least 20 bits
 * per code, a TTL of at most 10 minutes, an alphabet of distinct characters, a positive
 * attempt cap of at most 100 (NIST 800-63B §3.2.2).
 *
 * @param policy - the policy to check
 * @returns the policy, or issues `otp.policy.invalid` with `{ field, rule }`
 * @example
 * ```ts
 * checkOtpPolicy({ ...defaultOtpPolicy, ttlMs: 20 * 60_000 }).success; // false
 * ```
 */
export function checkOtpPolicy(policy: OtpPolicy): Result<OtpPolicy, 'otp.policy.invalid'> {
  const issues: Issue<'otp.policy.invalid'>[] = [];
  const bad = (field: string, rule: string): void => {
    issues.push(issue('otp.policy.invalid', [field], { field, rule }));
  };
  const chars = typeof policy.alphabet === 'string' ? [...policy.alphabet] : [];
  if (chars.length < 2 || new Set(chars).size !== chars.length || chars.some((c) => /\s/u.test(c)))
    bad('alphabet', 'distinct_non_space_characters');
  if (!Number.isInteger(policy.codeLength) || policy.codeLength < 4 || policy.codeLength > 64)
    bad('codeLength', 'integer_4_to_64');
  else if (chars.length >= 2 && policy.codeLength * Math.log2(chars.length) < MIN_OTP_BITS)
    bad('codeLength', 'at_least_20_bits');
  if (!Number.isInteger(policy.ttlMs) || policy.ttlMs <= 0 || policy.ttlMs > MAX_OTP_TTL_MS)
    bad('ttlMs', 'at_most_10_minutes');
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1 || policy.maxAttempts > 100)
    bad('maxAttempts', 'integer_1_to_100');
  if (!Number.isInteger(policy.retainMs) || policy.retainMs < 0)
    bad('retainMs', 'non_negative_integer');
  if (typeof policy.supersede !== 'boolean') bad('supersede', 'boolean');
  if (!Number.isInteger(policy.conflictRetries) || policy.conflictRetries < 0)
    bad('conflictRetries', 'non_negative_integer');
  return issues.length === 0 ? ok(policy) : fail(issues);
}
