import type { ScryptCost } from '@kabinet/core';

/**
 * The numbers behind backup codes (OTP-6, S-6). Check a custom policy with
 * `checkBackupCodePolicy`.
 *
 * @example
 * ```ts
 * const policy: BackupCodePolicy = { ...defaultBackupCodePolicy, count: 12 };
 * ```
 */
export interface BackupCodePolicy {
  /** Codes per set: at least 10 (S-6). */
  readonly count: number;
  /** Characters per code (without separators). */
  readonly length: number;
  /** Characters codes are drawn from; the default leaves out look-alikes (0/o, 1/l/i). */
  readonly alphabet: string;
  /** Characters between hyphens when a code is shown (`k7m2p-x9qrt`); 0 for none. */
  readonly groupSize: number;
  /** scrypt cost for the stored hashes. */
  readonly scrypt: ScryptCost;
  /**
   * S-15: how many times a write that lost to a concurrent write (a version conflict) is run
   * again from a fresh read before the conflict goes to the caller — the same meaning as the
   * account and payments policies' `conflictRetries`. Regenerating retries this many times;
   * using a code retries `count` more, since each parallel use of another code may win one write.
   */
  readonly conflictRetries: number;
}

/**
 * The default: 10 codes of 10 characters from a 31-letter alphabet (about 49.5 bits each),
 * shown as `xxxxx-xxxxx`; scrypt N = 2^14, r = 8, p = 1 (16 MiB, tens of ms per hash).
 *
 * @example
 * ```ts
 * createBackupCodeService({ sets, keys, clock, policy: defaultBackupCodePolicy });
 * ```
 */
export const defaultBackupCodePolicy: BackupCodePolicy = {
  count: 10,
  length: 10,
  alphabet: '23456789abcdefghjkmnpqrstuvwxyz',
  groupSize: 5,
  scrypt: { cost: 2 ** 14, blockSize: 8, parallelization: 1 },
  conflictRetries: 7,
};

/**
 * The stricter preset: 12 codes (Keycloak's count) of 12 characters (about 59 bits), shown
 * as `xxxx-xxxx-xxxx`; scrypt N = 2^15.
 *
 * @example
 * ```ts
 * createBackupCodeService({ sets, keys, clock, policy: strictBackupCodePolicy });
 * ```
 */
export const strictBackupCodePolicy: BackupCodePolicy = {
  count: 12,
  length: 12,
  alphabet: '23456789abcdefghjkmnpqrstuvwxyz',
  groupSize: 4,
  scrypt: { cost: 2 ** 15, blockSize: 8, parallelization: 1 },
  conflictRetries: 7,
};
