import { cryptoRandom, systemClock } from '@kabinet/core';
import { createJournal } from '@kabinet/audit';
import {
  createPaymentsService,
  defaultPaymentsPolicy,
  strictPaymentsPolicy,
} from '@kabinet/payments';
import { createNoticeBoard, type ServicesDeps } from '@kabinet/services';
import { kabinetMessages } from '../messages/kabinet-messages.js';
import { ACCOUNT_CONTEXT } from '../_lib/account-context-key.js';
import { atomicUnits, journalErrorReporter } from '../_lib/atomic-units.js';
import { devHandlesOf } from '../_lib/dev-handles.js';
import { kabinetStoresOf } from '../_lib/kabinet-stores-of.js';
import { checkSetup } from './_lib/check-setup.js';
import { wireAccount } from './_lib/wire-account.js';
import { wireServices } from './_lib/wire-services.js';
import { presetOf, type Wiring } from './_lib/wiring.js';
import type { Kabinet } from './kabinet.js';
import type { KabinetConfig } from './kabinet-config.js';
import { servicesDepsOf } from './services-deps-of.js';

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
  const { keys, tokens } = checkSetup(config);
  const clock = config.clock ?? systemClock;
  const random = config.random ?? cryptoRandom;
  const stores = kabinetStoresOf(config.backend);
  const { senders, registry } = config;
  const { provider, methodCheck, charges } = config.payments;
  const dev = devHandlesOf({ senders, registry, provider, methodCheck, charges });

  const onJournalError = config.journal?.onError ?? journalErrorReporter();
  const origin = config.journal?.origin === undefined ? {} : { origin: config.journal.origin };
  const journal = createJournal({
    store: stores.journal,
    keys,
    clock,
    random,
    ...origin,
    checkpoint: { ...(config.journal?.checkpoint ?? {}), onError: onJournalError },
  });
  const atomic = atomicUnits(config, stores.journal, {
    keys,
    clock,
    random,
    origin,
    onError: onJournalError,
  });
  const wiring: Wiring = {
    config,
    strict: config.preset === 'strict',
    policy: config.policy ?? {},
    keys,
    clock,
    random,
    journal,
    units: atomic?.units,
  };

  // NOTE-2: the account's security notices are kept in the notification centre too (already
  // sent to the contacts by the account services, so no delivery is written for them).
  const account = wireAccount(wiring, stores, tokens, (accountId, notice) =>
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
  );

  const payments = createPaymentsService({
    store: stores.payments,
    charges,
    provider,
    journal,
    clock,
    random,
    policy: wiring.policy.payments ?? presetOf(wiring, strictPaymentsPolicy, defaultPaymentsPolicy),
    methodCheck,
    ...(atomic === undefined ? {} : { units: atomic.units }),
  });

  // What the services after registration run over (applications, appointments, support requests, notifications).
  const servicesBase = servicesDepsOf({
    backend: config.backend,
    blobs: stores.blobs,
    journal,
    units: atomic?.units,
    clock,
    random,
  });
  const noticePolicy = wiring.policy.notifications;
  const servicesDeps: ServicesDeps = {
    ...servicesBase,
    notices: createNoticeBoard(
      servicesBase,
      noticePolicy === undefined ? {} : { policy: noticePolicy },
    ),
  };
  const services = wireServices(wiring, servicesBase, servicesDeps, account, payments);

  const kabinet: Kabinet = {
    notifications: services.notifications,
    supportRequests: services.supportRequests,
    registration: account.registration,
    contacts: account.contacts,
    identity: account.identity,
    auth: account.auth,
    sessions: account.sessions,
    support: account.support,
    maintenance: account.maintenance,
    payments,
    applications: services.applications,
    appointments: services.appointments,
    journal,
    messages: kabinetMessages,
    policy: account.policy,
    clock,
    dev,
    close: async () => {
      await services.notifications.stopDelivery();
      await atomic?.sequencer.stop();
    },
  };
  // Internals stay off the public type; `accountContextOf` from `kabinet/testing` reads them.
  Object.defineProperty(kabinet, ACCOUNT_CONTEXT, { value: account.context });
  return kabinet;
}
