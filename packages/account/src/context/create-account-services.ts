import { createAuthService, type AuthService } from '../auth/create-auth-service.js';
import {
  createContactsService,
  type ContactsService,
} from '../contacts/create-contacts-service.js';
import {
  createIdentityService,
  type IdentityService,
} from '../identity/create-identity-service.js';
import {
  createMaintenanceService,
  type MaintenanceService,
} from '../maintenance/create-maintenance-service.js';
import type { AccountPolicy } from '../policy/account-policy.js';
import {
  createRegistrationService,
  type RegistrationService,
} from '../registration/create-registration-service.js';
import {
  createSessionsService,
  type SessionsService,
} from '../sessions/create-sessions-service.js';
import { createSupportService, type SupportService } from '../support/create-support-service.js';
import type { AccountContext, AccountContextConfig } from './account-context.js';
import { createAccountContext } from './create-account-context.js';

/** The account services, built on one shared context by {@link createAccountServices}. */
export interface AccountServices {
  /** Registration drafts up to the account (ACC-1…ACC-4). */
  readonly registration: RegistrationService;
  /** Login, second factor, password and second-factor changes. */
  readonly auth: AuthService;
  /** The caller's sessions: refresh, list, end. */
  readonly sessions: SessionsService;
  /** Phone and e-mail changes with their history. */
  readonly contacts: ContactsService;
  /** Identity confirmation and documents (ACC-6, ACC-7). */
  readonly identity: IdentityService;
  /** Operators' account operations: unblock, restore access (ACC-9). */
  readonly support: SupportService;
  /** Scheduled clean-up: expired drafts, sessions and logins. */
  readonly maintenance: MaintenanceService;
  /** The account policy in force, checked (the defaults with the config's overrides). */
  readonly policy: AccountPolicy;
  /**
   * The context the services share (stores, PII cipher, lockout, hasher, …), for the host's
   * glue beside them (sealing another service's fields with the PII keys, a notification
   * centre's contact directory) and for test kits. Not a stable API: it may change with any
   * release.
   */
  readonly context: AccountContext;
}

/**
 * Builds the account services on one context: the ports, the lower services (OTP, TOTP, backup
 * codes, lockout), the keys, the clock and the policy are checked once and shared, so every
 * service sees the same stores and limits.
 *
 * @param config - the ports and the settings that have defaults
 * @returns the services, the policy in force and their shared context
 * @throws KabinetError `ERR_CONFIG` for a missing port or store, or a policy that cannot work
 * @example
 * ```ts
 * const account = createAccountServices({ stores, otp, totp, backupCodes, lockout, journal, registry, senders, keys, clock, tokens: { issuer, audience } });
 * const { draftId, resumeToken } = (await account.registration.start({ userType: 'foreign_citizen' })).data!;
 * ```
 */
export function createAccountServices(config: AccountContextConfig): AccountServices {
  const context = createAccountContext(config);
  return {
    registration: createRegistrationService(context),
    auth: createAuthService(context),
    sessions: createSessionsService(context),
    contacts: createContactsService(context),
    identity: createIdentityService(context),
    support: createSupportService(context),
    maintenance: createMaintenanceService(context),
    policy: context.policy,
    context,
  };
}
