import { KabinetError, cryptoRandom, systemClock } from '@kabinet/core';
import { createJournal } from '@kabinet/audit';
import {
  createAccountServices,
  createBoundedHasher,
  createScryptHasher,
  createStaticKeyProvider,
  defaultAccountPolicy,
  defineAccountPolicy,
  strictAccountPolicy,
} from '@kabinet/account';
import { createLockoutService, defaultLockoutPolicy, strictLockoutPolicy } from '@kabinet/lockout';
import {
  createBackupCodeService,
  createOtpService,
  createTotpVerifier,
  defaultBackupCodePolicy,
  defaultOtpPolicy,
  defaultTotpPolicy,
  strictBackupCodePolicy,
  strictOtpPolicy,
  strictTotpPolicy,
} from '@kabinet/otp';
import {
  createPaymentsService,
  defaultPaymentsPolicy,
  strictPaymentsPolicy,
} from '@kabinet/payments';
import type { KeyProvider } from '@kabinet/ports';
import { kabinetMessages } from '../messages/kabinet-messages.js';
import { ACCOUNT_CONTEXT } from '../_lib/account-context-key.js';
import { atomicUnits, journalErrorReporter } from '../_lib/atomic-units.js';
import { checkPayments, configError, isKeyProvider, requirePorts } from '../_lib/check-config.js';
import { devHandlesOf } from '../_lib/dev-handles.js';
import { kabinetStoresOf } from '../_lib/kabinet-stores-of.js';
import type { Kabinet } from './kabinet.js';
import type { KabinetConfig } from './kabinet-config.js';
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
import { noticeContactsOf } from '../_lib/notice-contacts.js';
import {
  createAppointmentsService,
  defaultAppointmentsPolicy,
  strictAppointmentsPolicy,
} from '@kabinet/services/appointments';

/**
 * Wires Kabinet in one call: the ports you choose (a complete storage `backend`, `senders`,
 * `registry`, `payments`), policy (the domain values, or the `strict` preset, with per-package
 * overrides), clock and keys, into the `registration`, `contacts`, `identity`, `auth`,
 * `sessions`, `support`, `maintenance`, `payments`, `applications`, `appointments`,
 * `notifications`, `supportRequests` and `journal` services. Nothing falls back to memory or a
 * simulator: misconfiguration fails here, not on the first request.
 *
 * @param config - keys, backend, senders, registry, payments, policy, clock and the rest ({@link KabinetConfig})
 * @returns the wired services ({@link Kabinet})
 * @throws `KabinetError` `ERR_INVALID_ARGUMENT` for a missing or partial `backend` (the message
 *   names every missing store) or a missing `senders` or `registry`; `ERR_CONFIG` for missing or
 *   malformed keys, a non-object config, `payments` without its provider, first-use check or
 *   charge source, an unworkable policy, or a port that is not an object
 * @example
 * ```ts
 * import { createKabinet, generateDevelopmentKeys } from 'kabinet';
 * import { inMemoryPorts } from 'kabinet/testing';
 * const kabinet = createKabinet({ keys: generateDevelopmentKeys(), ...inMemoryPorts(), scanFile: async () => 'clean' });
 * const started = await kabinet.registration.start({ userType: 'foreign_citizen' });
 * const code = kabinet.dev.outbox?.lastCode('+998901234567');
 * ```
 */
export function createKabinet(config: KabinetConfig): Kabinet {
  if (typeof config !== 'object' || config === null)
    throw configError('a configuration object is required');
  if (config.keys === undefined || config.keys === null) throw configError('keys is required');
  let keys: KeyProvider;
  try {
    keys = isKeyProvider(config.keys) ? config.keys : createStaticKeyProvider(config.keys);
  } catch (error) {
    if (KabinetError.isInstance(error)) throw configError(error.message);
    throw error;
  }
  requirePorts(config);
  for (const [name, port] of Object.entries({
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
  const stores = kabinetStoresOf(config.backend);
  const { senders, registry } = config;
  const { provider, methodCheck, charges } = config.payments;
  const dev = devHandlesOf({ senders, registry, provider, methodCheck, charges });

  const journalStore = stores.journal;
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
  const accountPolicy = defineAccountPolicy(
    policy.account,
    strict ? strictAccountPolicy : defaultAccountPolicy,
  );
  const blobs = stores.blobs;
  const account = createAccountServices({
    stores: {
      accounts: stores.accounts,
      drafts: stores.drafts,
      sessions: stores.sessions,
      pendingLogins: stores.pendingLogins,
      blobs,
    },
    otp: createOtpService({
      challenges: stores.otpChallenges,
      keys,
      clock,
      random,
      policy: policy.otp ?? (strict ? strictOtpPolicy : defaultOtpPolicy),
    }),
    totp: createTotpVerifier({
      steps: stores.totpSteps,
      clock,
      policy: policy.totp ?? (strict ? strictTotpPolicy : defaultTotpPolicy),
    }),
    backupCodes: createBackupCodeService({
      sets: stores.backupCodes,
      keys,
      clock,
      random,
      policy: policy.backupCodes ?? (strict ? strictBackupCodePolicy : defaultBackupCodePolicy),
    }),
    lockout: createLockoutService({
      counters: stores.counters,
      clock,
      policy: policy.lockout ?? (strict ? strictLockoutPolicy : defaultLockoutPolicy),
    }),
    journal,
    ...(atomic === undefined ? {} : { units: atomic.units }),
    registry,
    senders,
    // Admission control (bounded concurrency and queue, then ERR_UNAVAILABLE → 503): a login burst cannot exhaust memory or CPU.
    hasher: createBoundedHasher(
      config.hasher ?? createScryptHasher(accountPolicy.scrypt, random),
      policy.hashAdmission,
    ),
    keys,
    clock,
    random,
    policy: accountPolicy,
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

  const payments = createPaymentsService({
    store: stores.payments,
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
      seal: (text, context) => account.context.pii.encrypt(text, context),
      open: (sealed, context) => account.context.pii.decrypt(sealed, context),
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
    contacts: noticeContactsOf(account.context),
    messages: kabinetMessages,
    ...(policy.notifications === undefined ? {} : { policy: policy.notifications }),
  });

  // Support requests (SVC-3) carry the account's support operations on their trail (ACC-9): the
  // unblock reason names the ticket, so the account journal points at it.
  const supportRequests = createSupportRequests(servicesDeps, {
    policy: {
      ...(strict ? strictSupportRequestsPolicy : defaultSupportRequestsPolicy),
      ...policy.supportRequests,
    },
    ...(config.scanFile === undefined ? {} : { scanFile: config.scanFile }),
    accountOperations: {
      unblock: (operatorId, accountId, reason) =>
        account.support.unblock({ operatorId }, { accountId, reason }),
      restoreAccess: (operatorId, accountId) =>
        account.support.restoreAccess({ operatorId }, { accountId }),
    },
  });

  const kabinet: Kabinet = {
    notifications,
    supportRequests,
    registration: account.registration,
    contacts: account.contacts,
    identity: account.identity,
    auth: account.auth,
    sessions: account.sessions,
    support: account.support,
    maintenance: account.maintenance,
    payments,
    applications,
    appointments,
    journal,
    messages: kabinetMessages,
    policy: account.policy,
    clock,
    dev,
    close: async () => {
      await notifications.stopDelivery();
      await atomic?.sequencer.stop();
    },
  };
  // Internals stay off the public type; `accountContextOf` from `kabinet/testing` reads them.
  Object.defineProperty(kabinet, ACCOUNT_CONTEXT, { value: account.context });
  return kabinet;
}
