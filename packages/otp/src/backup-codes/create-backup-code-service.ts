import {
  KabinetError,
  cryptoRandom,
  retryOnConflict,
  type Clock,
  type Random,
} from '@kabinet/core';
import type { KeyProvider, StoreRecord, VersionedStore } from '@kabinet/ports';
import { isIdString } from '../_lib/strings.js';
import { defaultBackupCodePolicy, type BackupCodePolicy } from './backup-code-policy.js';
import { defineBackupCodePolicy } from './define-backup-code-policy.js';
import { findBackupCode } from './find-backup-code.js';
import { generateBackupCodes } from './generate-backup-codes.js';

/** The backup codes of one account: hashes of the unused codes only (a used one is removed). */
export interface BackupCodeSet extends StoreRecord {
  /** The account id. */
  readonly id: string;
  /** Hashes from {@link generateBackupCodes}. */
  readonly hashes: readonly string[];
  /** 1 for the first set; each regeneration adds one. */
  readonly generation: number;
  /** When the set was made (epoch ms). */
  readonly generatedAt: number;
  /** When a code of this set was last used. */
  readonly lastUsedAt?: number;
}

/** What {@link createBackupCodeService} needs. */
export interface BackupCodeServiceDeps {
  /** Where the sets live, one per account. */
  readonly sets: VersionedStore<BackupCodeSet>;
  /** Supplies the `otp-pepper` keys. */
  readonly keys: KeyProvider;
  /** The source of time. */
  readonly clock: Clock;
  /** Default: the CSPRNG. */
  readonly random?: Random;
  /** Default {@link defaultBackupCodePolicy}. */
  readonly policy?: BackupCodePolicy;
}

/** A fresh set: show `codes` once. */
export interface RegeneratedBackupCodes {
  /** The plain codes, formatted in groups; never stored. */
  readonly codes: readonly string[];
  /** The set's generation (1, 2, …). */
  readonly generation: number;
  /** When it was made (epoch ms). */
  readonly generatedAt: number;
}

/** The outcome of a backup-code check: `ok` with the codes left, or `wrong` (also for a used code or no set). */
export type BackupCodeOutcome =
  | {
      /** The code was right and is now spent. */
      readonly outcome: 'ok';
      /** Unused codes left (warn the user when few remain). */
      readonly remaining: number;
    }
  | {
      /** Wrong, already used, or no set. */
      readonly outcome: 'wrong';
    };

/** Backup codes kept in a versioned store (OTP-6, S-6). */
export interface BackupCodeService {
  /** The policy in force. */
  readonly policy: BackupCodePolicy;
  /** Creates a new set, replacing (and so invalidating) any earlier one. */
  regenerate(accountId: string): Promise<RegeneratedBackupCodes>;
  /** Checks a code and spends it; single use even under concurrent calls. Never throws on a bad code. */
  verify(input: { readonly accountId: string; readonly code: string }): Promise<BackupCodeOutcome>;
  /** How many unused codes the account has (0 without a set). */
  remaining(accountId: string): Promise<number>;
}

/**
 * Creates the backup-code service over a `VersionedStore<BackupCodeSet>`: regeneration
 * replaces the whole set in one versioned write (old codes stop working), and a code is
 * spent by the one versioned write that removes its hash, so two concurrent uses of the same
 * code cannot both succeed (S-6, S-9, S-15). Hashing is HMAC-then-scrypt, see
 * {@link generateBackupCodes}.
 *
 * @param deps - store, keys, clock, randomness, policy
 * @returns the service
 * @throws KabinetError `ERR_CONFIG` for an invalid policy
 * @example
 * ```ts
 * const backup = createBackupCodeService({ sets: createMemoryVersionedStore({ clock }), keys, clock });
 * const { codes } = await backup.regenerate('acc_1');
 * (await backup.verify({ accountId: 'acc_1', code: codes[0]! })).outcome; // 'ok'
 * (await backup.verify({ accountId: 'acc_1', code: codes[0]! })).outcome; // 'wrong'
 * ```
 */
export function createBackupCodeService(deps: BackupCodeServiceDeps): BackupCodeService {
  const policy = defineBackupCodePolicy({}, deps.policy ?? defaultBackupCodePolicy);
  const random = deps.random ?? cryptoRandom;
  const requireId = (accountId: unknown): string => {
    if (!isIdString(accountId))
      throw new KabinetError('ERR_INVALID_ARGUMENT', 'accountId must be a non-empty id');
    return accountId;
  };
  return {
    policy,
    async regenerate(accountId) {
      const id = requireId(accountId);
      const { codes, hashes } = await generateBackupCodes({ keys: deps.keys, policy, random });
      return retryOnConflict(policy.conflictRetries, async () => {
        const current = await deps.sets.get(id);
        const generatedAt = deps.clock.now();
        const generation = (current?.generation ?? 0) + 1;
        const next: BackupCodeSet = { id, hashes, generation, generatedAt };
        if (current === undefined) await deps.sets.create(next);
        else await deps.sets.update(next, current.version);
        return { codes, generation, generatedAt };
      });
    },
    async verify(input) {
      const id = requireId(input?.accountId);
      // Each parallel use of another code can win one write, so using a code retries `count` more (S-15).
      // Another use or a regeneration winning the write: re-read; a spent or replaced code no longer matches.
      return retryOnConflict(policy.count + policy.conflictRetries, async () => {
        const current = await deps.sets.get(id);
        const index = await findBackupCode({
          hashes: current?.hashes ?? [],
          code: input.code,
          keys: deps.keys,
          policy,
        });
        if (current === undefined || index < 0) return { outcome: 'wrong' as const };
        const hashes = current.hashes.filter((_, i) => i !== index);
        await deps.sets.update(
          {
            id,
            hashes,
            generation: current.generation,
            generatedAt: current.generatedAt,
            lastUsedAt: deps.clock.now(),
          },
          current.version,
        );
        return { outcome: 'ok' as const, remaining: hashes.length };
      });
    },
    async remaining(accountId) {
      return (await deps.sets.get(requireId(accountId)))?.hashes.length ?? 0;
    },
  };
}
