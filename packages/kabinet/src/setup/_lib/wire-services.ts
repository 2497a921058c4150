// The services after registration: applications (SVC-1), appointments (SVC-2), support requests
// (SVC-3) and the notification centre, over the deps of `@kabinet/services`.
import type { AccountServices } from '@kabinet/account';
import type { PaymentsService } from '@kabinet/payments';
import {
  createApplicationsService,
  defaultApplicationsPolicy,
  strictApplicationsPolicy,
  type DutyLedger,
} from '@kabinet/services/applications';
import {
  createAppointmentsService,
  defaultAppointmentsPolicy,
  strictAppointmentsPolicy,
} from '@kabinet/services/appointments';
import {
  createNotificationCentre,
  createSupportRequests,
  defaultSupportRequestsPolicy,
  strictSupportRequestsPolicy,
  type ServicesDeps,
} from '@kabinet/services';
import { kabinetMessages } from '../../messages/kabinet-messages.js';
import { noticeContactsOf } from '../../_lib/notice-contacts.js';
import type { Kabinet } from '../kabinet.js';
import { presetOf, type Wiring } from './wiring.js';

/** The services `wireServices` builds. */
export type WiredServices = Pick<
  Kabinet,
  'applications' | 'appointments' | 'notifications' | 'supportRequests'
>;

/**
 * Builds the services after registration over `deps`, the notification centre over `base` (the
 * deps without the notice board), with the account services and payments they call.
 */
export function wireServices(
  wiring: Wiring,
  base: Omit<ServicesDeps, 'notices'>,
  deps: ServicesDeps,
  account: AccountServices,
  payments: PaymentsService,
): WiredServices {
  const { config, policy, keys } = wiring;
  const scanFile = config.scanFile === undefined ? {} : { scanFile: config.scanFile };

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
  const applications = createApplicationsService(deps, {
    duties,
    policy: {
      ...presetOf(wiring, strictApplicationsPolicy, defaultApplicationsPolicy),
      ...policy.applications,
    },
    ...(config.applications?.agency === undefined ? {} : { agency: config.applications.agency }),
    ...(config.applications?.catalogue === undefined
      ? {}
      : { catalogue: config.applications.catalogue }),
    ...scanFile,
    // Forms hold addresses and document numbers: sealed at rest with the account's PII keys (S-12).
    fieldCipher: {
      seal: (text, context) => account.context.pii.encrypt(text, context),
      open: (sealed, context) => account.context.pii.decrypt(sealed, context),
    },
  });

  // Appointments (SVC-2): visit passes are signed with the configured pass keys, else with the
  // EdDSA signing keys of the key provider (current first); none is ERR_CONFIG at the first pass.
  const appointments = createAppointmentsService(deps, {
    passKeys:
      config.appointments?.passKeys ??
      [keys.currentSigningKey(), ...keys.verificationKeys()].filter(
        (k, i, all) => k.alg === 'EdDSA' && all.findIndex((o) => o.kid === k.kid) === i,
      ),
    policy: {
      ...presetOf(wiring, strictAppointmentsPolicy, defaultAppointmentsPolicy),
      ...policy.appointments,
    },
    ...(config.appointments?.catalogue === undefined
      ? {}
      : { catalogue: config.appointments.catalogue }),
  });

  const notifications = createNotificationCentre(base, {
    senders: config.senders,
    contacts: noticeContactsOf(account.context),
    messages: kabinetMessages,
    ...(policy.notifications === undefined ? {} : { policy: policy.notifications }),
  });

  // Support requests (SVC-3) carry the account's support operations on their trail (ACC-9): the
  // unblock reason names the ticket, so the account journal points at it.
  const supportRequests = createSupportRequests(deps, {
    policy: {
      ...presetOf(wiring, strictSupportRequestsPolicy, defaultSupportRequestsPolicy),
      ...policy.supportRequests,
    },
    ...scanFile,
    accountOperations: {
      unblock: (operatorId, accountId, reason) =>
        account.support.unblock({ operatorId }, { accountId, reason }),
      restoreAccess: (operatorId, accountId) =>
        account.support.restoreAccess({ operatorId }, { accountId }),
    },
  });

  return { applications, appointments, notifications, supportRequests };
}
