import type { AccountStores } from '@kabinet/account/context';
import type { BackupCodeSet, ChallengeRecord, TotpStepRecord } from '@kabinet/otp';
import type {
  AccountRecord,
  CounterStore,
  DraftRecord,
  JournalStore,
  PaymentStore,
  PendingLoginRecord,
  SessionRecord,
  StoreBackend,
  VersionedStore,
} from '@kabinet/ports';

/**
 * Every store the account, one-time codes, lockout, journal and payments write: the account's
 * own ({@link AccountStores}) and the others, each named once.
 */
export type KabinetStores = AccountStores & {
  /** One-time code challenges (`@kabinet/otp`). */
  readonly otpChallenges: VersionedStore<ChallengeRecord>;
  /** Authenticator-app steps already used (`@kabinet/otp`). */
  readonly totpSteps: VersionedStore<TotpStepRecord>;
  /** Backup-code sets (`@kabinet/otp`). */
  readonly backupCodes: VersionedStore<BackupCodeSet>;
  /** Attempt and send counters (`@kabinet/lockout`). */
  readonly counters: CounterStore;
  /** The journal's entries (`@kabinet/audit`). */
  readonly journal: JournalStore;
  /** Payments and their attempts (`@kabinet/payments`). */
  readonly payments: PaymentStore;
};

/** The stores of one backend, under the collection names the tables and docs use. */
export function kabinetStoresOf(backend: StoreBackend): KabinetStores {
  return {
    accounts: backend.versioned<AccountRecord>('accounts'),
    drafts: backend.versioned<DraftRecord>('drafts'),
    sessions: backend.versioned<SessionRecord>('sessions'),
    pendingLogins: backend.versioned<PendingLoginRecord>('pending-logins'),
    otpChallenges: backend.versioned<ChallengeRecord>('otp-challenges'),
    totpSteps: backend.versioned<TotpStepRecord>('totp-steps'),
    backupCodes: backend.versioned<BackupCodeSet>('backup-codes'),
    blobs: backend.blobs,
    counters: backend.counters,
    journal: backend.journal,
    payments: backend.payments,
  };
}
