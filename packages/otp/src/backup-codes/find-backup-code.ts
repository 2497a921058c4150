import type { KeyProvider } from '@kabinet/ports';
import { backupHashMatches, backupTag, burnScrypt, parseBackupHash } from '../_lib/backup-hash.js';
import { normalizeCode } from '../_lib/strings.js';
import { defaultBackupCodePolicy, type BackupCodePolicy } from './backup-code-policy.js';

/** Input of {@link findBackupCode}. */
export interface FindBackupCodeInput {
  /** The stored hashes of the unused codes. */
  readonly hashes: readonly string[];
  /** The code as typed (case, spaces and hyphens do not matter). */
  readonly code: string;
  /** Supplies the `otp-pepper` keys named in the hashes. */
  readonly keys: KeyProvider;
  /** Alphabet and length of valid codes, and the scrypt cost of the time-equalising run (default {@link defaultBackupCodePolicy}). */
  readonly policy?: BackupCodePolicy;
}

/**
 * Finds which stored hash a typed backup code matches (pure apart from scrypt): normalizes
 * the code, keeps the hashes whose pepper-keyed tag matches, and checks only those with
 * scrypt and a constant-time compare. When nothing is checked it still runs one scrypt, so
 * a miss takes about as long as a hit. Removing the matched hash in the same versioned
 * write that accepts the login is what makes the code single use (S-6).
 *
 * @param input - hashes, typed code, keys, policy
 * @returns the index of the matching hash, or -1 (also for malformed input and hashes)
 * @example
 * ```ts
 * const i = await findBackupCode({ hashes: account.secondFactor.backupCodes, code: typed, keys });
 * if (i >= 0) await accounts.update({ ...account, backupCodes: without(i) }, account.version);
 * ```
 */
export async function findBackupCode(input: FindBackupCodeInput): Promise<number> {
  const policy = input.policy ?? defaultBackupCodePolicy;
  const code = normalizeCode(input.code, policy.alphabet, policy.length);
  let checked = false;
  if (code !== undefined && Array.isArray(input.hashes)) {
    const tags = new Map<string, { key: Uint8Array; tag: string } | null>();
    for (let i = 0; i < input.hashes.length; i++) {
      const parsed = parseBackupHash(input.hashes[i]);
      if (parsed === undefined) continue;
      let entry = tags.get(parsed.kid);
      if (entry === undefined) {
        const secret = input.keys.secretById('otp-pepper', parsed.kid);
        entry = secret === undefined ? null : { key: secret.key, tag: backupTag(secret.key, code) };
        tags.set(parsed.kid, entry);
      }
      if (entry === null || entry.tag !== parsed.tag) continue;
      checked = true;
      if (await backupHashMatches(entry.key, code, parsed)) return i;
    }
  }
  if (!checked) await burnScrypt(policy.scrypt);
  return -1;
}
