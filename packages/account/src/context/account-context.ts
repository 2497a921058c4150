import type { Clock, Locale, Random } from '@kabinet/core';
import type { Journal } from '@kabinet/audit';
import type { LockoutService } from '@kabinet/lockout';
import type { BackupCodeService, OtpService, TotpVerifier } from '@kabinet/otp';
import type {
  AccountRecord,
  BlobStore,
  DraftRecord,
  IdentityRegistry,
  KeyProvider,
  PasswordHasher,
  Senders,
  SessionRecord,
  VersionedStore,
} from '@kabinet/ports';
import type { FileScanner } from '@kabinet/validators/file';
import type { BlindIndex } from '../crypto/create-blind-index.js';
import type { PiiCipher } from '../crypto/create-pii-cipher.js';
import type { AccountPolicy } from '../policy/account-policy.js';
import type { AccessTokens } from '../tokens/create-access-tokens.js';

/** The stores the account services write. */
export interface AccountStores {
  readonly accounts: VersionedStore<AccountRecord>;
  readonly drafts: VersionedStore<DraftRecord>;
  readonly sessions: VersionedStore<SessionRecord>;
  /** Uploaded scans and photos. */
  readonly blobs: BlobStore;
}

/** What {@link createAccountContext} needs: ports, the services of the packages below, keys, clock and policy. */
export interface AccountContextConfig {
  readonly stores: AccountStores;
  /** One-time codes by SMS and e-mail (`createOtpService`). */
  readonly otp: OtpService;
  /** Authenticator-app codes (`createTotpVerifier`). */
  readonly totp: TotpVerifier;
  /** Backup codes (`createBackupCodeService`). */
  readonly backupCodes: BackupCodeService;
  /** Attempt and send limits (`createLockoutService`): password lockout, code blocks, send caps, registry look-ups. */
  readonly lockout: LockoutService;
  /** The activity journal (`createJournal` from `@kabinet/audit`). */
  readonly journal: Journal;
  readonly registry: IdentityRegistry;
  readonly senders: Senders;
  /** Default: `createScryptHasher(policy.scrypt)`. */
  readonly hasher?: PasswordHasher;
  readonly keys: KeyProvider;
  readonly clock: Clock;
  /** Default: the CSPRNG. */
  readonly random?: Random;
  /** Overrides of {@link defaultAccountPolicy}. */
  readonly policy?: Partial<AccountPolicy>;
  /** `iss` and `aud` of access tokens. */
  readonly tokens: { readonly issuer: string; readonly audience: string };
  /** The portal's name in authenticator apps and messages (default `Kabinet`). */
  readonly serviceName?: string;
  /** The language of messages sent to people (default `ru`). */
  readonly locale?: Locale;
  /** FILE-4, S-13: the antivirus hook every upload passes before it is bound to a profile; uploads without one fail with `ERR_CONFIG`. */
  readonly scanFile?: FileScanner;
}


/** Everything the account services share, checked and derived once. */
export interface AccountContext extends Required<Omit<AccountContextConfig, 'policy' | 'scanFile'>> {
  readonly policy: AccountPolicy;
  readonly pii: PiiCipher;
  readonly blindIndex: BlindIndex;
  readonly accessTokens: AccessTokens;
  readonly scanFile: FileScanner | undefined;
  /** A hash of a random password, verified for unknown logins so their timing matches (S-8). */
  readonly dummyHash: () => Promise<string>;
}
