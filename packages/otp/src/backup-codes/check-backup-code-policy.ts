import { fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import type { BackupCodePolicy } from './backup-code-policy.js';

/**
 * Checks a backup-code policy: at least 10 codes (S-6), at least 20 bits per code (NIST
 * look-up secrets, ASVS 6.5.4), a lower-case alphabet of distinct characters, and scrypt
 * parameters node:crypto accepts within 256 MiB (N a power of two, at least 2^10).
 *
 * @param policy - the policy to check
 * @returns the policy, or issues `backup.policy.invalid` with `{ field, rule }`
 * @example
 * ```ts
 * checkBackupCodePolicy({ ...defaultBackupCodePolicy, count: 5 }).success; // false
 * ```
 */
export function checkBackupCodePolicy(
  policy: BackupCodePolicy,
): Result<BackupCodePolicy, 'backup.policy.invalid'> {
  const issues: Issue<'backup.policy.invalid'>[] = [];
  const bad = (field: string, rule: string): void => {
    issues.push(issue('backup.policy.invalid', [field], { field, rule }));
  };
  const chars = typeof policy.alphabet === 'string' ? [...policy.alphabet] : [];
  if (
    chars.length < 2 ||
    new Set(chars).size !== chars.length ||
    !chars.every((c) => /^[a-z0-9]$/u.test(c))
  )
    bad('alphabet', 'distinct_lowercase_alphanumerics');
  if (!Number.isInteger(policy.count) || policy.count < 10 || policy.count > 50)
    bad('count', 'integer_10_to_50');
  if (!Number.isInteger(policy.length) || policy.length < 6 || policy.length > 32)
    bad('length', 'integer_6_to_32');
  else if (chars.length >= 2 && policy.length * Math.log2(chars.length) < 20)
    bad('length', 'at_least_20_bits');
  if (!Number.isInteger(policy.groupSize) || policy.groupSize < 0 || policy.groupSize > 32)
    bad('groupSize', 'integer_0_to_32');
  const {
    cost: N,
    blockSize: r,
    parallelization: p,
  } = policy.scrypt ?? {
    cost: 0,
    blockSize: 0,
    parallelization: 0,
  };
  if (!Number.isInteger(N) || N < 1024 || (N & (N - 1)) !== 0)
    bad('scrypt.cost', 'power_of_two_at_least_1024');
  if (!Number.isInteger(r) || r < 1 || r > 32) bad('scrypt.blockSize', 'integer_1_to_32');
  if (!Number.isInteger(p) || p < 1 || p > 16) bad('scrypt.parallelization', 'integer_1_to_16');
  if (Number.isInteger(N) && Number.isInteger(r) && 128 * N * r > 256 * 1024 * 1024)
    bad('scrypt', 'at_most_256_mib');
  if (!Number.isInteger(policy.conflictRetries) || policy.conflictRetries < 0)
    bad('conflictRetries', 'non_negative_integer');
  return issues.length === 0 ? ok(policy) : fail(issues);
}
