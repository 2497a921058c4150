import type { BackupCodeSet, ChallengeRecord, TotpStepRecord } from '@kabinet/otp';
import type {
  AccountRecord,
  BlobStore,
  CounterStore,
  DraftRecord,
  JournalStore,
  PaymentStore,
  SessionRecord,
  StoreBackend,
  VersionedStore,
} from '@kabinet/ports';

/** Every store the account, one-time codes, lockout, journal and payments write. */
export interface KabinetStores {
  readonly accounts: VersionedStore<AccountRecord>;
  readonly drafts: VersionedStore<DraftRecord>;
  readonly sessions: VersionedStore<SessionRecord>;
  readonly otpChallenges: VersionedStore<ChallengeRecord>;
  readonly totpSteps: VersionedStore<TotpStepRecord>;
  readonly backupCodes: VersionedStore<BackupCodeSet>;
  readonly blobs: BlobStore;
  readonly counters: CounterStore;
  readonly journal: JournalStore;
  readonly payments: PaymentStore;
}

/** The stores of one backend, under the collection names the tables and docs use. */
export function kabinetStoresOf(backend: StoreBackend): KabinetStores {
  return {
    accounts: backend.versioned<AccountRecord>('accounts'),
    drafts: backend.versioned<DraftRecord>('drafts'),
    sessions: backend.versioned<SessionRecord>('sessions'),
    otpChallenges: backend.versioned<ChallengeRecord>('otp-challenges'),
    totpSteps: backend.versioned<TotpStepRecord>('totp-steps'),
    backupCodes: backend.versioned<BackupCodeSet>('backup-codes'),
    blobs: backend.blobs,
    counters: backend.counters,
    journal: backend.journal,
    payments: backend.payments,
  };
}
