import type { BackupCodeSet, ChallengeRecord, TotpStepRecord } from '@kabinet/otp';
import type { AccountRecord, DraftRecord, SessionRecord, StoreBackend } from '@kabinet/ports';
import type { KabinetStores } from './kabinet-config.js';

/** The collection names Kabinet's versioned stores use in a backend. */
export const KABINET_COLLECTIONS: {
  /** Account aggregates. */
  readonly accounts: 'accounts';
  /** Registration drafts. */
  readonly drafts: 'drafts';
  /** Server-side sessions. */
  readonly sessions: 'sessions';
  /** One-time-code challenges. */
  readonly otpChallenges: 'otp-challenges';
  /** The last accepted TOTP step per account. */
  readonly totpSteps: 'totp-steps';
  /** Backup-code sets. */
  readonly backupCodes: 'backup-codes';
} = {
  accounts: 'accounts',
  drafts: 'drafts',
  sessions: 'sessions',
  otpChallenges: 'otp-challenges',
  totpSteps: 'totp-steps',
  backupCodes: 'backup-codes',
};

/**
 * Every store Kabinet writes, taken from one backend.
 *
 * @param backend - e.g. `createPostgresStores({ pool, clock })`
 * @returns the stores, each from the backend
 * @example
 * ```ts
 * const stores = kabinetStoresOf(createPostgresStores({ pool, clock: systemClock }));
 * await stores.accounts.get('acc_1');
 * ```
 */
export function kabinetStoresOf(backend: StoreBackend): KabinetStores {
  return {
    accounts: backend.versioned<AccountRecord>(KABINET_COLLECTIONS.accounts),
    drafts: backend.versioned<DraftRecord>(KABINET_COLLECTIONS.drafts),
    sessions: backend.versioned<SessionRecord>(KABINET_COLLECTIONS.sessions),
    otpChallenges: backend.versioned<ChallengeRecord>(KABINET_COLLECTIONS.otpChallenges),
    totpSteps: backend.versioned<TotpStepRecord>(KABINET_COLLECTIONS.totpSteps),
    backupCodes: backend.versioned<BackupCodeSet>(KABINET_COLLECTIONS.backupCodes),
    blobs: backend.blobs,
    counters: backend.counters,
    journal: backend.journal,
    payments: backend.payments,
  };
}
