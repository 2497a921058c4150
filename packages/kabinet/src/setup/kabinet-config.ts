import type { Clock, Locale, Random } from '@kabinet/core';
import type { JournalCheckpointPolicy } from '@kabinet/audit';
import type { AccountPolicy, StaticKeysConfig } from '@kabinet/account';
import type { LockoutPolicy } from '@kabinet/lockout';
import type { BackupCodePolicy, BackupCodeSet, ChallengeRecord, OtpPolicy, TotpPolicy, TotpStepRecord } from '@kabinet/otp';
import type { MethodCheckVerifier, PaymentProvider, PaymentsPolicy } from '@kabinet/payments';
import type {
  AccountRecord,
  BlobStore,
  CounterStore,
  DraftRecord,
  IdentityRegistry,
  JournalStore,
  KeyProvider,
  PasswordHasher,
  PaymentStore,
  Senders,
  SessionRecord,
  VersionedStore,
} from '@kabinet/ports';
import type { FileScanner } from '@kabinet/validators/file';

/** Every store Kabinet writes; each defaults to its `@kabinet/memory` adapter. */
export interface KabinetStores {
  readonly accounts: VersionedStore<AccountRecord>;
  readonly drafts: VersionedStore<DraftRecord>;
  readonly sessions: VersionedStore<SessionRecord>;
  readonly blobs: BlobStore;
  /** Attempt and send counters (`@kabinet/lockout`). */
  readonly counters: CounterStore;
  readonly journal: JournalStore;
  readonly otpChallenges: VersionedStore<ChallengeRecord>;
  readonly totpSteps: VersionedStore<TotpStepRecord>;
  readonly backupCodes: VersionedStore<BackupCodeSet>;
  readonly payments: PaymentStore;
}

/** Policy overrides per package; unset parts come from the preset. */
export interface KabinetPolicy {
  readonly account?: Partial<AccountPolicy>;
  readonly otp?: OtpPolicy;
  readonly totp?: TotpPolicy;
  readonly backupCodes?: BackupCodePolicy;
  readonly lockout?: LockoutPolicy;
  readonly payments?: PaymentsPolicy;
}

/**
 * What `createKabinet` takes. Only `keys` is required: everything else defaults to the
 * in-memory adapters, the domain's policy values, the system clock and the CSPRNG.
 *
 * @example
 * ```ts
 * const config: KabinetConfig = {
 *   keys: generateDevelopmentKeys(),
 *   tokens: { issuer: 'https://lk.example.ru', audience: 'kabinet-api' },
 *   scanFile: async (bytes) => clamav.scan(bytes),
 * };
 * ```
 */
export interface KabinetConfig {
  /** Keys from configuration (S-10, S-12): a key provider, or keys for `createStaticKeyProvider`. */
  readonly keys: KeyProvider | StaticKeysConfig;
  /** Default: the system clock. */
  readonly clock?: Clock;
  /** Default: the CSPRNG. */
  readonly random?: Random;
  /** Store adapters; missing ones are in memory. */
  readonly stores?: Partial<KabinetStores>;
  /** SMS, e-mail and push gateways. Default: an in-memory outbox (`kabinet.dev.outbox`). */
  readonly senders?: Senders;
  /** The state registries' check (ACC-5). Default: a simulated registry (`kabinet.dev.registry`). */
  readonly registry?: IdentityRegistry;
  /** Default: scrypt with the account policy's parameters. */
  readonly hasher?: PasswordHasher;
  /** FILE-4: the antivirus hook; uploads fail with `ERR_CONFIG` without one. */
  readonly scanFile?: FileScanner;
  /** `iss` and `aud` of access tokens (default `kabinet` / `kabinet-api`). */
  readonly tokens?: { readonly issuer: string; readonly audience: string };
  /** The portal's name in messages and authenticator apps (default `Kabinet`). */
  readonly serviceName?: string;
  /** The language of messages sent to people (default `ru`). */
  readonly locale?: Locale;
  /** `portal` (default, the domain values) or `strict` (the standards' values) for every package. */
  readonly preset?: 'portal' | 'strict';
  /** Overrides of the preset per package. */
  readonly policy?: KabinetPolicy;
  /** The journal's checkpoint origin and policy. */
  readonly journal?: { readonly origin?: string; readonly checkpoint?: Partial<JournalCheckpointPolicy> };
  /** The payment provider and first-use check (default: simulated ones, `kabinet.dev`). */
  readonly payments?: { readonly provider?: PaymentProvider; readonly methodCheck?: MethodCheckVerifier };
}
