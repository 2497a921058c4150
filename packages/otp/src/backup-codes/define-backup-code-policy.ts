import { checkedPolicy } from '@kabinet/core';
import { checkBackupCodePolicy } from './check-backup-code-policy.js';
import { defaultBackupCodePolicy, type BackupCodePolicy } from './backup-code-policy.js';

/**
 * Builds a backup-code policy from overrides on a base (default
 * {@link defaultBackupCodePolicy}) and checks it (S-6: at
 * least 10 codes of at least 20 bits; scrypt within 256 MiB). `checkBackupCodePolicy` reports
 * issues; this builds or throws.
 *
 * @param overrides - the fields to change
 * @param base - the preset to start from
 * @returns the checked policy
 * @throws KabinetError `ERR_CONFIG` naming every bad field and the rule it broke
 * @example
 * ```ts
 * const policy = defineBackupCodePolicy({ count: 12 });
 * defineBackupCodePolicy({ count: 5 }); // throws ERR_CONFIG: count integer_10_to_50
 * ```
 */
export function defineBackupCodePolicy(
  overrides: Partial<BackupCodePolicy> = {},
  base: BackupCodePolicy = defaultBackupCodePolicy,
): BackupCodePolicy {
  return checkedPolicy('backup-code', { ...base, ...overrides }, checkBackupCodePolicy);
}
