import type { Clock, Locale, Random } from '@kabinet/core';
import type { JournalCheckpointPolicy } from '@kabinet/audit';
import type {
  AccountPolicy,
  HashAdmissionPolicy,
  StaticKeysConfig,
  TokenSettings,
} from '@kabinet/account';
import type { LockoutPolicy } from '@kabinet/lockout';
import type { BackupCodePolicy, OtpPolicy, TotpPolicy } from '@kabinet/otp';
import type { MethodCheckVerifier, PaymentProvider, PaymentsPolicy } from '@kabinet/payments';
import type {
  ChargeSource,
  IdentityRegistry,
  KeyProvider,
  PasswordHasher,
  Senders,
  SigningKey,
  StoreBackend,
} from '@kabinet/ports';
import type { FileScanner } from '@kabinet/validators/file';
import type {
  AgencyGateway,
  ApplicationsPolicy,
  ServiceDefinition,
} from '@kabinet/services/applications';
import type { AppointmentCatalogue, AppointmentsPolicy } from '@kabinet/services/appointments';
import type { NotificationsPolicy, SupportRequestsPolicy } from '@kabinet/services';

/** Policy overrides per package; unset parts come from the preset. */
export interface KabinetPolicy {
  /** Account rules (deadlines, sessions, passwords, documents, …), field by field. */
  readonly account?: Partial<AccountPolicy>;
  /** One-time codes (length, TTL, attempts). */
  readonly otp?: OtpPolicy;
  /** Authenticator-app codes. */
  readonly totp?: TotpPolicy;
  /** Backup codes. */
  readonly backupCodes?: BackupCodePolicy;
  /** Attempt and send limits. */
  readonly lockout?: LockoutPolicy;
  /** Payments. */
  readonly payments?: PaymentsPolicy;
  /** Applications (SVC-1): the edit window before the hand-over, the time to answer a request, working days. */
  readonly applications?: Partial<ApplicationsPolicy>;
  /**
   * Admission control of password hashing (`createBoundedHasher`), field by field: hashes at
   * once (default: the CPU count minus one, at most libuv's thread pool minus one), hashes waiting
   * (default 4 × that), and `Retry-After` of the `503` beyond them (default 2 s). Applies to
   * the default scrypt hasher and to a `hasher` you pass.
   */
  readonly hashAdmission?: Partial<HashAdmissionPolicy>;
  /** Notification channels by kind, delivery retries and reminders (NOTE-1, NOTE-2). */
  readonly notifications?: NotificationsPolicy;
  /** Support requests (SVC-3): the 48-hour answer time, reopen window, text and attachment limits. */
  readonly supportRequests?: Partial<SupportRequestsPolicy>;
  /** Appointments (SVC-2): the hold time, the 24-hour change cutoff, the reminder lead, no-show grace. */
  readonly appointments?: Partial<AppointmentsPolicy>;
}

/** The journal's checkpoint origin and policy. */
export interface KabinetJournalOptions {
  /** Names this journal in its signed checkpoints (default `kabinet-journal`). */
  readonly origin?: string;
  /** When to sign checkpoints (default every 1 000 entries or every minute). */
  readonly checkpoint?: Partial<JournalCheckpointPolicy>;
  /**
   * Hears the journal's background errors: a failed checkpoint, and on a backend with a unit of
   * work the sequencer's (the database unreachable while it chains the outbox; it retries).
   * Default: written to `console.error`, the message only, each distinct message at most once a minute.
   */
  readonly onError?: (error: unknown) => void;
  /** Ms between the sequencer's polls of the outbox on a backend with a unit of work (default 100). */
  readonly sequencerIntervalMs?: number;
}

/**
 * The payment provider, the first-use check of methods (PAY-2) and the source of charges. All
 * are required: there is no simulated default (`simulatedPayments()` opts in to one for tests
 * and demos).
 */
export interface KabinetPaymentsOptions {
  /** The acquirer / SBP / wallet provider. */
  readonly provider: PaymentProvider;
  /** The first-use check of a bound method. */
  readonly methodCheck: MethodCheckVerifier;
  /** Where charges (начисления) come from: a payment's amount, service and payee are its charge's, never the client's. */
  readonly charges: ChargeSource;
}

/**
 * What `createKabinet` takes. The ports are chosen, never defaulted: `keys`, a complete storage
 * `backend`, `senders`, `registry` and `payments` are required (in-memory and simulated ones
 * only when you pick them: `inMemoryPorts()` from `kabinet/testing`). The rest defaults to the
 * domain's policy values, the system clock and the CSPRNG.
 *
 * @example
 * ```ts
 * const config: KabinetConfig = {
 *   keys: loadKeys(),
 *   backend: { ...createPostgresStores({ pool, clock }), counters: createRedisCounterStore({ client, clock }) },
 *   senders: mySmsAndMailGateways,
 *   registry: myRegistryClient,
 *   payments: { provider, methodCheck, charges },
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
  /**
   * The storage backend every store comes from, all at once (`createPostgresStores(…)`;
   * `createMemoryStores(…)` from `@kabinet/memory` for tests and demos); collection names
   * `accounts`, `drafts`, `sessions`, `pending-logins`, `otp-challenges`, `totp-steps`,
   * `backup-codes`. To move
   * one store elsewhere, replace it in a spread: `{ ...createPostgresStores(…), counters:
   * createRedisCounterStore(…) }`; a backend missing a store is a compile error and
   * `ERR_INVALID_ARGUMENT` naming it. When it has a unit of work (PostgreSQL's does), each
   * account step's write, each payment's creation and status change, and their journal entries
   * commit together, and the journal's sequencer runs until `kabinet.close()`.
   */
  readonly backend: StoreBackend;
  /** SMS, e-mail and push gateways (`createOutbox` from `@kabinet/memory` for tests: then `kabinet.dev.outbox`). */
  readonly senders: Senders;
  /** The state registries' check (ACC-5) (`createMemoryIdentityRegistry` for tests: then `kabinet.dev.registry`). */
  readonly registry: IdentityRegistry;
  /** Default: scrypt with the account policy's parameters. Either way behind admission control (`policy.hashAdmission`). */
  readonly hasher?: PasswordHasher;
  /** FILE-4: the antivirus hook; uploads fail with `ERR_CONFIG` without one. */
  readonly scanFile?: FileScanner;
  /**
   * Applications (SVC-1): the authority's gateway (e.g. `createSimulatedAgency(…)` for demos,
   * chosen explicitly) and the service catalogue (default `defaultServiceCatalogue`). Without a
   * gateway, drafts and submits work and the hand-over throws `ERR_CONFIG`.
   */
  readonly applications?: {
    /** The authority's gateway (`simulatedAgency()` only for tests and demos). */
    readonly agency?: AgencyGateway;
    /** The services one can apply for (default `defaultServiceCatalogue`). */
    readonly catalogue?: readonly ServiceDefinition[];
  };
  /**
   * Appointments (SVC-2): offices, services, schedules and holidays (default
   * `defaultAppointmentCatalogue`) and the Ed25519 keys that sign visit passes, current first
   * (default: the EdDSA signing keys of `keys`; scanners get the public halves).
   */
  readonly appointments?: {
    /** Offices, services, schedules and holidays (default `defaultAppointmentCatalogue`). */
    readonly catalogue?: AppointmentCatalogue;
    /** The EdDSA keys visit passes are signed with (default: the key provider's EdDSA keys). */
    readonly passKeys?: readonly SigningKey[];
  };
  /** `iss` and `aud` of access tokens (default `kabinet` / `kabinet-api`). */
  readonly tokens?: TokenSettings;
  /** The portal's name in messages and authenticator apps (default `Kabinet`). */
  readonly serviceName?: string;
  /** The language of messages sent to people (default `ru`). */
  readonly locale?: Locale;
  /** `portal` (default, the domain values) or `strict` (the standards' values) for every package. */
  readonly preset?: 'portal' | 'strict';
  /** Overrides of the preset per package. */
  readonly policy?: KabinetPolicy;
  /** The journal's checkpoint origin and policy. */
  readonly journal?: KabinetJournalOptions;
  /**
   * The payment provider, first-use check and charge source, all required. Never simulated
   * unless chosen: `payments: simulatedPayments({ clock })` from `kabinet/testing` (then
   * `kabinet.dev.provider` and `kabinet.dev.charges`).
   */
  readonly payments: KabinetPaymentsOptions;
}
