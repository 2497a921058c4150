import { KabinetError, cryptoRandom, systemClock, type Clock, type Random } from '@kabinet/core';
import { createJournal } from '@kabinet/audit';
import {
  createJournalEnqueuer,
  createJournalSequencer,
  type JournalSequencer,
} from '@kabinet/audit/sequencer';
import { createJournaledUnits, type JournaledUnits } from '@kabinet/audit/units';
import {
  createAccountContext,
  createAuthService,
  createBoundedHasher,
  createContactsService,
  createIdentityService,
  createMaintenanceService,
  createRegistrationService,
  createScryptHasher,
  createSessionsService,
  createStaticKeyProvider,
  createSupportService,
  defaultAccountPolicy,
  strictAccountPolicy,
} from '@kabinet/account';
import { createLockoutService, portalLockoutPolicy, strictLockoutPolicy } from '@kabinet/lockout';
import {
  createBlobStoreDefault,
  createCounterStoreDefault,
  createIdentityRegistryDefault,
  createJournalStoreDefault,
  createOutboxDefault,
  createPaymentStoreDefault,
  createVersionedStoreDefault,
} from '../_lib/memory-defaults.js';
import {
  createBackupCodeService,
  createOtpService,
  createTotpVerifier,
  portalBackupCodePolicy,
  portalOtpPolicy,
  portalTotpPolicy,
  strictBackupCodePolicy,
  strictOtpPolicy,
  strictTotpPolicy,
} from '@kabinet/otp';
import {
  createPaymentsService,
  defaultPaymentsPolicy,
  strictPaymentsPolicy,
  type MethodCheckVerifier,
  type PaymentProvider,
  type SimulatedChargeSource,
  type SimulatedMethodCheck,
  type SimulatedProvider,
} from '@kabinet/payments';
import {
  unconfiguredCharges,
  unconfiguredMethodCheck,
  unconfiguredProvider,
} from '../_lib/unconfigured-payments.js';
import type { ChargeSource, JournalStore, KeyProvider } from '@kabinet/ports';
import { kabinetMessages } from '../messages/kabinet-messages.js';
import type { Kabinet, KabinetDev } from './kabinet.js';
import type { KabinetConfig, KabinetStores } from './kabinet-config.js';
import { kabinetStoresOf } from './kabinet-stores-of.js';
import { servicesDepsOf } from './services-deps-of.js';
import {
  createApplicationsService,
  defaultApplicationsPolicy,
  strictApplicationsPolicy,
  type DutyLedger,
} from '@kabinet/services/applications';
import {
  createNoticeBoard,
  createNotificationCentre,
  createSupportRequests,
  defaultSupportRequestsPolicy,
  strictSupportRequestsPolicy,
  type ServicesDeps,
} from '@kabinet/services';
import { noticeContactsOf } from './notice-contacts.js';
import {
  createAppointmentsService,
  defaultAppointmentsPolicy,
  strictAppointmentsPolicy,
} from '@kabinet/services/appointments';

function configError(message: string): KabinetError {
  return new KabinetError('ERR_CONFIG', `createKabinet: ${message}`);
}

function isKeyProvider(keys: unknown): keys is KeyProvider {
  return (
    typeof keys === 'object' &&
    keys !== null &&
    typeof (keys as KeyProvider).currentSigningKey === 'function' &&
    typeof (keys as KeyProvider).secretById === 'function'
  );
}

function isSimulatedProvider(provider: PaymentProvider): provider is SimulatedProvider {
  const p = provider as Partial<SimulatedProvider>;
  return (
    typeof p.takeCallbacks === 'function' &&
    typeof p.settle === 'function' &&
    typeof p.tokenize === 'function'
  );
}

function isSimulatedChargeSource(charges: ChargeSource): charges is SimulatedChargeSource {
  const c = charges as Partial<SimulatedChargeSource>;
  return (
    typeof c.post === 'function' && typeof c.annul === 'function' && typeof c.issue === 'function'
  );
}

function isSimulatedMethodCheck(check: MethodCheckVerifier): check is SimulatedMethodCheck {
  return typeof (check as Partial<SimulatedMethodCheck>).answerFor === 'function';
}

/**
 * The payment provider is never a silent default: a production config (one with a `backend`)
 * must name it; a given `payments` must name the provider, the first-use check and the charge
 * source (a duty's amount comes from its charge, never from the client).
 */
function checkPayments(config: KabinetConfig): void {
  const options = config.payments;
  if (options === undefined) {
    if (config.backend !== undefined) {
      throw configError(
        'payments.provider, payments.methodCheck and payments.charges are required with a backend (simulatedPayments() only for tests and demos)',
      );
    }
    return;
  }
  if (typeof options !== 'object' || options === null)
    throw configError('payments must be an object');
  const provider = options.provider as Partial<PaymentProvider> | undefined;
  if (
    typeof provider !== 'object' ||
    provider === null ||
    typeof provider.id !== 'string' ||
    typeof provider.parseCallback !== 'function' ||
    typeof provider.create !== 'function'
  ) {
    throw configError(
      'payments.provider is required (a PaymentProvider; simulatedPayments() only for tests and demos)',
    );
  }
  const check = options.methodCheck as Partial<MethodCheckVerifier> | undefined;
  if (
    typeof check !== 'object' ||
    check === null ||
    typeof check.start !== 'function' ||
    typeof check.verify !== 'function'
  ) {
    throw configError('payments.methodCheck is required (the first-use check of PAY-2)');
  }
  const charges = options.charges as Partial<ChargeSource> | undefined;
  if (
    typeof charges !== 'object' ||
    charges === null ||
    typeof charges.find !== 'function' ||
    typeof charges.listFor !== 'function'
  ) {
    throw configError(
      'payments.charges is required (a ChargeSource: the amount of a duty comes from its charge; simulatedPayments() only for tests and demos)',
    );
  }
}

/** Ms within which the default hearer writes one message once (an outage fails every poll). */
const REPORT_EVERY_MS = 60_000;

/**
 * The default hearer of the journal's background errors: the message only (no payloads, no
 * personal data), each distinct message at most once a minute.
 */
function journalErrorReporter(): (error: unknown) => void {
  const last = new Map<string, number>();
  return (error) => {
    const message = error instanceof Error ? error.message : String(error);
    const now = Date.now();
    if (now - (last.get(message) ?? -Infinity) < REPORT_EVERY_MS) return;
    last.set(message, now);
    console.error(`kabinet journal: ${message}`);
  };
}

/**
 * Units whose account writes and journal entries commit together, with the sequencer that
 * chains the outbox — when the backend has a unit of work and the account stores and the
 * payments and the journal all come from it (a store replaced in `config.stores` lives outside its transactions).
 */
function atomicUnits(
  config: KabinetConfig,
  journalStore: JournalStore,
  options: {
    keys: KeyProvider;
    clock: Clock;
    random: Random;
    origin: { origin?: string };
    onError: (error: unknown) => void;
  },
): { units: JournaledUnits; sequencer: JournalSequencer } | undefined {
  const backend = config.backend;
  if (backend?.unitOfWork === undefined || backend.journalOutbox === undefined) return undefined;
  const replaced = (['accounts', 'drafts', 'sessions', 'payments', 'journal'] as const).filter(
    (name) => config.stores?.[name] !== undefined,
  );
  if (replaced.length > 0) return undefined;
  const { keys, clock, random, onError } = options;
  const sequencer = createJournalSequencer({
    outbox: backend.journalOutbox,
    store: journalStore,
    keys,
    clock,
    ...options.origin,
    ...(config.journal?.checkpoint === undefined ? {} : { checkpoint: config.journal.checkpoint }),
    onError,
  });
  sequencer.start({ intervalMs: config.journal?.sequencerIntervalMs ?? 100 });
  const units = createJournaledUnits({
    unitOfWork: backend.unitOfWork,
    enqueuer: createJournalEnqueuer({ keys, clock, random }),
    // This instance's own entries are chained before the call returns (one batch, when it leads).
    afterCommit: () => sequencer.step(),
    onError,
  });
  return { units, sequencer };
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === null) throw configError(`${what} is required`);
  return value;
}

/**
 * Wires Kabinet in one call: ports (in memory unless given), policy (the domain values, or
 * the `strict` preset, with per-package overrides), clock and keys, into the
 * `registration`, `contacts`, `identity`, `auth`, `sessions`, `support`, `maintenance`, `payments` and
 * `journal` services. Misconfiguration fails here, not on the first request.
 *
 * @param config - keys (required), ports, policy, clock and the rest ({@link KabinetConfig})
 * @returns the wired services ({@link Kabinet})
 * @throws `KabinetError` `ERR_CONFIG` for missing or malformed keys, a non-object
 *   config, a `backend` without `payments.provider` (no simulated provider unless chosen) or
 *   `payments.charges`, a `payments` without `charges`, an unworkable policy, or a port that is not an object
 * @example
 * ```ts
 * import { createKabinet, generateDevelopmentKeys } from 'kabinet';
 * const kabinet = createKabinet({ keys: generateDevelopmentKeys(), scanFile: async () => 'clean' });
 * const started = await kabinet.registration.start({ userType: 'foreign_citizen' });
 * const code = kabinet.dev.outbox?.lastCode('+998901234567');
 * ```
 */
export function createKabinet(config: KabinetConfig): Kabinet {
  if (typeof config !== 'object' || config === null)
    throw configError('a configuration object is required');
  must(config.keys, 'keys');
  let keys: KeyProvider;
  try {
    keys = isKeyProvider(config.keys) ? config.keys : createStaticKeyProvider(config.keys);
  } catch (error) {
    if (KabinetError.isInstance(error)) throw configError(error.message);
    throw error;
  }
  for (const [name, port] of Object.entries({
    senders: config.senders,
    registry: config.registry,
    hasher: config.hasher,
    clock: config.clock,
    random: config.random,
  })) {
    if (port !== undefined && (typeof port !== 'object' || port === null))
      throw configError(`${name} must be an object`);
  }
  if (config.scanFile !== undefined && typeof config.scanFile !== 'function')
    throw configError('scanFile must be a function');
  if (config.preset !== undefined && config.preset !== 'portal' && config.preset !== 'strict')
    throw configError("preset must be 'portal' or 'strict'");
  checkPayments(config);
  const tokens = config.tokens ?? { issuer: 'kabinet', audience: 'kabinet-api' };
  if (
    typeof tokens.issuer !== 'string' ||
    tokens.issuer === '' ||
    typeof tokens.audience !== 'string' ||
    tokens.audience === ''
  )
    throw configError('tokens.issuer and tokens.audience must be non-empty strings');

  const strict = config.preset === 'strict';
  const clock = config.clock ?? systemClock;
  const random = config.random ?? cryptoRandom;
  const policy = config.policy ?? {};
  const stores: Partial<KabinetStores> = {
    ...(config.backend === undefined ? {} : kabinetStoresOf(config.backend)),
    ...(config.stores ?? {}),
  };
  const dev: { -readonly [K in keyof KabinetDev]: KabinetDev[K] } = {};

  let senders = config.senders;
  if (senders === undefined) {
    const outbox = createOutboxDefault(clock);
    dev.outbox = outbox;
    senders = outbox;
  }
  let registry = config.registry;
  if (registry === undefined) {
    const simulated = createIdentityRegistryDefault();
    dev.registry = simulated;
    registry = simulated;
  }

  const journalStore = stores.journal ?? createJournalStoreDefault();
  const onJournalError = config.journal?.onError ?? journalErrorReporter();
  const origin = config.journal?.origin === undefined ? {} : { origin: config.journal.origin };
  const journal = createJournal({
    store: journalStore,
    keys,
    clock,
    random,
    ...origin,
    checkpoint: { ...(config.journal?.checkpoint ?? {}), onError: onJournalError },
  });
  const atomic = atomicUnits(config, journalStore, {
    keys,
    clock,
    random,
    origin,
    onError: onJournalError,
  });
  const account = {
    ...(strict ? strictAccountPolicy : defaultAccountPolicy),
    ...(policy.account ?? {}),
  };
  const blobs = stores.blobs ?? createBlobStoreDefault();
  const ctx = createAccountContext({
    stores: {
      accounts: stores.accounts ?? createVersionedStoreDefault(clock, 'account'),
      drafts: stores.drafts ?? createVersionedStoreDefault(clock, 'draft'),
      sessions: stores.sessions ?? createVersionedStoreDefault(clock, 'session'),
      blobs,
    },
    otp: createOtpService({
      challenges: stores.otpChallenges ?? createVersionedStoreDefault(clock, 'otp-challenge'),
      keys,
      clock,
      random,
      policy: policy.otp ?? (strict ? strictOtpPolicy : portalOtpPolicy),
    }),
    totp: createTotpVerifier({
      steps: stores.totpSteps ?? createVersionedStoreDefault(clock, 'totp-step'),
      clock,
      policy: policy.totp ?? (strict ? strictTotpPolicy : portalTotpPolicy),
    }),
    backupCodes: createBackupCodeService({
      sets: stores.backupCodes ?? createVersionedStoreDefault(clock, 'backup-codes'),
      keys,
      clock,
      random,
      policy: policy.backupCodes ?? (strict ? strictBackupCodePolicy : portalBackupCodePolicy),
    }),
    lockout: createLockoutService({
      counters: stores.counters ?? createCounterStoreDefault(clock),
      clock,
      policy: policy.lockout ?? (strict ? strictLockoutPolicy : portalLockoutPolicy),
    }),
    journal,
    ...(atomic === undefined ? {} : { units: atomic.units }),
    registry,
    senders,
    // Admission control (bounded concurrency and queue, then ERR_UNAVAILABLE → 503): a login burst cannot exhaust memory or CPU.
    hasher: createBoundedHasher(
      config.hasher ?? createScryptHasher(account.scrypt, random),
      policy.hashAdmission,
    ),
    keys,
    clock,
    random,
    policy: account,
    tokens,
    ...(config.serviceName === undefined ? {} : { serviceName: config.serviceName }),
    ...(config.locale === undefined ? {} : { locale: config.locale }),
    ...(config.scanFile === undefined ? {} : { scanFile: config.scanFile }),
    // NOTE-2: the account's security notices are kept in the notification centre too (already
    // sent to the contacts by the account services, so no delivery is written for them).
    securityNotices: (accountId, notice) =>
      servicesDeps.units.run((unit) =>
        servicesDeps.notices.post(unit, {
          accountId,
          kind: 'security',
          code: notice.code,
          params: notice.params,
          critical: true,
          announced: true,
        }),
      ),
  });

  // No silent simulator (finding: forged callbacks): the provider is chosen or payments refuse.
  const provider = config.payments?.provider ?? unconfiguredProvider;
  const methodCheck = config.payments?.methodCheck ?? unconfiguredMethodCheck;
  const charges = config.payments?.charges ?? unconfiguredCharges;
  if (isSimulatedProvider(provider)) dev.provider = provider;
  if (isSimulatedMethodCheck(methodCheck)) dev.methodCheck = methodCheck;
  if (isSimulatedChargeSource(charges)) dev.charges = charges;
  const payments = createPaymentsService({
    store: stores.payments ?? createPaymentStoreDefault(clock),
    charges,
    provider,
    journal,
    clock,
    random,
    policy: policy.payments ?? (strict ? strictPaymentsPolicy : defaultPaymentsPolicy),
    methodCheck,
    ...(atomic === undefined ? {} : { units: atomic.units }),
  });

  // What the services after registration run over (applications, appointments, support requests, notifications).
  const servicesBase = servicesDepsOf({
    backend: config.backend,
    blobs,
    journal,
    units: atomic?.units,
    clock,
    random,
  });
  const servicesDeps: ServicesDeps = {
    ...servicesBase,
    notices: createNoticeBoard(
      servicesBase,
      policy.notifications === undefined ? {} : { policy: policy.notifications },
    ),
  };

  // Applications (SVC-1): a duty counts as paid when the account has a paid (or reconciled)
  // payment of the duty's service type; the service claims each payment for one application.
  const duties: DutyLedger = async (accountId, dutyCode) => {
    const serviceType =
      payments.listDuties().find((d) => d.code === dutyCode)?.serviceType ?? dutyCode;
    const paid = await payments.listPayments({
      accountId,
      serviceTypes: [serviceType],
      statuses: ['paid', 'reconciled'],
      limit: 1,
    });
    const found = paid.success ? paid.data.items[0] : undefined;
    return found === undefined ? undefined : { paymentId: found.id };
  };
  const applications = createApplicationsService(servicesDeps, {
    duties,
    policy: {
      ...(strict ? strictApplicationsPolicy : defaultApplicationsPolicy),
      ...policy.applications,
    },
    ...(config.applications?.agency === undefined ? {} : { agency: config.applications.agency }),
    ...(config.applications?.catalogue === undefined
      ? {}
      : { catalogue: config.applications.catalogue }),
    ...(config.scanFile === undefined ? {} : { scanFile: config.scanFile }),
    // Forms hold addresses and document numbers: sealed at rest with the account's PII keys (S-12).
    fieldCipher: {
      seal: (text, context) => ctx.pii.encrypt(text, context),
      open: (sealed, context) =>
        ctx.pii.decrypt(sealed as Parameters<typeof ctx.pii.decrypt>[0], context),
    },
  });

  // Appointments (SVC-2): visit passes are signed with the configured pass keys, else with the
  // EdDSA signing keys of the key provider (current first); none is ERR_CONFIG at the first pass.
  const appointments = createAppointmentsService(servicesDeps, {
    passKeys:
      config.appointments?.passKeys ??
      [keys.currentSigningKey(), ...keys.verificationKeys()].filter(
        (k, i, all) => k.alg === 'EdDSA' && all.findIndex((o) => o.kid === k.kid) === i,
      ),
    policy: {
      ...(strict ? strictAppointmentsPolicy : defaultAppointmentsPolicy),
      ...policy.appointments,
    },
    ...(config.appointments?.catalogue === undefined
      ? {}
      : { catalogue: config.appointments.catalogue }),
  });

  const notifications = createNotificationCentre(servicesBase, {
    senders,
    contacts: noticeContactsOf(ctx),
    messages: kabinetMessages,
    ...(policy.notifications === undefined ? {} : { policy: policy.notifications }),
  });

  // Support requests (SVC-3) carry the account's support operations on their trail (ACC-9): the
  // unblock reason names the ticket, so the account journal points at it.
  const support = createSupportService(ctx);
  const supportRequests = createSupportRequests(servicesDeps, {
    policy: {
      ...(strict ? strictSupportRequestsPolicy : defaultSupportRequestsPolicy),
      ...policy.supportRequests,
    },
    ...(config.scanFile === undefined ? {} : { scanFile: config.scanFile }),
    accountOperations: {
      unblock: (operatorId, accountId, reason) =>
        support.unblock({ operatorId }, { accountId, reason }),
      restoreAccess: (operatorId, accountId) =>
        support.restoreAccess({ operatorId }, { accountId }),
    },
  });

  return {
    notifications,
    supportRequests,
    registration: createRegistrationService(ctx),
    contacts: createContactsService(ctx),
    identity: createIdentityService(ctx),
    auth: createAuthService(ctx),
    sessions: createSessionsService(ctx),
    support,
    maintenance: createMaintenanceService(ctx),
    payments,
    applications,
    appointments,
    journal,
    messages: kabinetMessages,
    policy: ctx.policy,
    clock,
    context: ctx,
    dev,
    close: async () => {
      await notifications.stopDelivery();
      await atomic?.sequencer.stop();
    },
  };
}
