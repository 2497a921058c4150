import { cryptoRandom, randomString, type Random } from '@kabinet/core';
import type { KeyProvider } from '@kabinet/ports';
import { hashBackupCode } from '../_lib/backup-hash.js';
import { defaultBackupCodePolicy, type BackupCodePolicy } from './backup-code-policy.js';
import { defineBackupCodePolicy } from './define-backup-code-policy.js';

/** Input of {@link generateBackupCodes}. */
export interface GenerateBackupCodesInput {
  /** Supplies the current `otp-pepper` key. */
  readonly keys: KeyProvider;
  /** Default {@link defaultBackupCodePolicy}. */
  readonly policy?: BackupCodePolicy;
  /** Default: the CSPRNG. */
  readonly random?: Random;
}

/** A new set: the codes to show the user once, and the hashes to store. */
export interface GeneratedBackupCodes {
  /** Plain codes, formatted in groups (`k7m2p-x9qrt`); show once, never store or log (S-12). */
  readonly codes: readonly string[];
  /** One self-describing hash per code, same order: `bc1$kid$tag$N.r.p$salt$hash`. */
  readonly hashes: readonly string[];
}

/**
 * Generates a set of distinct backup codes (OTP-6, S-6) from the CSPRNG and hashes each one
 * for storage: HMAC-SHA-256 under the `otp-pepper` key, then scrypt with a 16-byte random
 * salt (NIST 800-63B look-up secrets under 112 bits and ASVS 6.5.2 ask for a salted
 * password hash; the pepper makes a dump alone useless, scrypt makes a leaked pepper still
 * expensive). A one-byte pepper-keyed tag beside each hash lets verification run scrypt on
 * about one hash instead of all of them.
 *
 * @param input - keys, policy, randomness
 * @returns the plain codes and their hashes
 * @throws KabinetError `ERR_CONFIG` for a policy {@link defineBackupCodePolicy} would refuse
 * @example
 * ```ts
 * const { codes, hashes } = await generateBackupCodes({ keys });
 * await saveAccount({ ...account, secondFactor: { ...sf, backupCodes: hashes } });
 * showOnce(codes);
 * ```
 */
export async function generateBackupCodes(
  input: GenerateBackupCodesInput,
): Promise<GeneratedBackupCodes> {
  const policy = defineBackupCodePolicy({}, input.policy ?? defaultBackupCodePolicy);
  const random = input.random ?? cryptoRandom;
  const pepper = input.keys.currentSecret('otp-pepper');
  const plain = new Set<string>();
  while (plain.size < policy.count) plain.add(randomString(policy.length, policy.alphabet, random));
  const raw = [...plain];
  const hashes = await Promise.all(
    raw.map((code) => hashBackupCode(pepper, code, policy.scrypt, random)),
  );
  return { codes: raw.map((code) => formatGroups(code, policy.groupSize)), hashes };
}

function formatGroups(code: string, size: number): string {
  if (size <= 0) return code;
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += size) groups.push(code.slice(i, i + size));
  return groups.join('-');
}
