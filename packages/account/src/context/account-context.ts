import type { Clock, Locale, Random } from '@kabinet/core';
import type { Journal } from '@kabinet/audit';
import type { JournaledUnits } from '@kabinet/audit/units';
import type { LockoutService } from '@kabinet/lockout';
import type { BackupCodeService, OtpService, TotpVerifier } from '@kabinet/otp';
import type {
  AccountRecord,
  BlobStore,
  DraftRecord,
  IdentityRegistry,
  KeyProvider,
  PasswordHasher,
  PendingLoginRecord,
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
  /** Account aggregates, unique-keyed by the phone and e-mail blind indexes. */
  readonly accounts: VersionedStore<AccountRecord>;
  /** Registration drafts (they expire after the policy's `draftTtlMs`). */
  readonly drafts: VersionedStore<DraftRecord>;
  /** Server-side sessions (signed in, every one). */
  readonly sessions: VersionedStore<SessionRecord>;
  /** Logins waiting for their second factor (OTP-6), each until the policy's `secondFactorTtlMs`. */
  readonly pendingLogins: VersionedStore<PendingLoginRecord>;
  /** Uploaded scans and photos. */
  readonly blobs: BlobStore;
}

/** The `iss` and `aud` claims of access tokens (S-10). */
export interface TokenSettings {
  /** `iss`, e.g. `https://lk.example.ru`. */
  readonly issuer: string;
  /** `aud`, e.g. `kabinet-api`. */
  readonly audience: string;
}

/**
 * The ports and lower services the account services run on, the same in the configuration and
 * in the context: each is named here once.
 */
export interface AccountPorts {
  /** The stores the services write. */
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
  /** The state registries' check of identity data (ACC-5). */
  readonly registry: IdentityRegistry;
  /** SMS, e-mail and push gateways. */
  readonly senders: Senders;
  /** Signing keys and secrets by purpose (S-10, S-12). */
  readonly keys: KeyProvider;
  /** The source of time (a fake clock in tests). */
  readonly clock: Clock;
  /** `iss` and `aud` of access tokens. */
  readonly tokens: TokenSettings;
}

/** What {@link createAccountServices} needs: the {@link AccountPorts}, and the settings that have defaults. */
export interface AccountContextConfig extends AccountPorts {
  /**
   * Writes an account step's aggregate and journal entries as one unit. Give
   * `createJournaledUnits` over the backend's unit of work (its collections named as in
   * `ACCOUNT_COLLECTIONS`) so a crash between them loses nothing; default: the stores
   * above written first and the journal appended after (`directJournaledUnits`).
   */
  readonly units?: JournaledUnits;
  /** Default: `createScryptHasher(policy.scrypt)`. */
  readonly hasher?: PasswordHasher;
  /** Default: the CSPRNG. */
  readonly random?: Random;
  /** Overrides of {@link defaultAccountPolicy}. */
  readonly policy?: Partial<AccountPolicy>;
  /** The portal's name in authenticator apps and messages (default `Kabinet`). */
  readonly serviceName?: string;
  /** The language of messages sent to people (default `ru`). */
  readonly locale?: Locale;
  /** FILE-4, S-13: the antivirus hook every upload passes before it is bound to a profile; uploads without one fail with `ERR_CONFIG`. */
  readonly scanFile?: FileScanner;
  /**
   * NOTE-2: puts the account's security notices (a new login, a password, second factor or
   * contact changed, an unblock) into the portal's notification centre as well, after they were
   * sent to the contacts directly (S-11 needs the old contact). Never called for notices that
   * carry a token or a code. Its failures do not undo the step.
   */
  readonly securityNotices?: SecurityNoticeSink;
}

/**
 * Where {@link AccountContextConfig.securityNotices} go: the notice's catalogue code and its params
 * (masked values only), for the account.
 *
 * @example
 * ```ts
 * const sink: SecurityNoticeSink = async (accountId, notice) => centre.post(accountId, notice.code, notice.params);
 * ```
 */
export type SecurityNoticeSink = (
  accountId: string,
  notice: { readonly code: string; readonly params: Readonly<Record<string, string | number>> },
) => Promise<void>;

/**
 * Everything the account services share, checked and derived once: the {@link AccountPorts},
 * the configuration's defaults filled in (`units`, `hasher`, `random`, `serviceName`,
 * `locale`; `scanFile` and `securityNotices` stay absent when not configured), and what is
 * derived from the keys and the policy.
 */
export interface AccountContext
  extends
    AccountPorts,
    Required<Pick<AccountContextConfig, 'units' | 'hasher' | 'random' | 'serviceName' | 'locale'>> {
  /** The checked account policy (defaults with overrides). */
  readonly policy: AccountPolicy;
  /** Encrypts personal data at rest (ACC-10). */
  readonly pii: PiiCipher;
  /** Blind indexes of phones, e-mails and IPs (S-12). */
  readonly blindIndex: BlindIndex;
  /** Signs and verifies access tokens (S-10). */
  readonly accessTokens: AccessTokens;
  /** The antivirus hook, when configured (FILE-4). */
  readonly scanFile: FileScanner | undefined;
  /** The notification centre's sink for security notices, when configured (NOTE-2). */
  readonly securityNotices: SecurityNoticeSink | undefined;
  /** A hash of a random password, verified for unknown logins so their timing matches (S-8). */
  readonly dummyHash: () => Promise<string>;
}
