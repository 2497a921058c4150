// The account services (registration, contacts, identity, auth, sessions, support,
// maintenance) with the one-time codes, TOTP, backup codes and lockout they run on.
import {
  createAccountServices,
  createBoundedHasher,
  createScryptHasher,
  defaultAccountPolicy,
  defineAccountPolicy,
  strictAccountPolicy,
  type AccountServices,
  type SecurityNoticeSink,
  type TokenSettings,
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
import type { KabinetStores } from '../../_lib/kabinet-stores-of.js';
import { presetOf, type Wiring } from './wiring.js';

/**
 * Builds the account services over the stores, with the preset's policies and the overrides;
 * the account's security notices go to `securityNotices` (NOTE-2).
 */
export function wireAccount(
  wiring: Wiring,
  stores: KabinetStores,
  tokens: TokenSettings,
  securityNotices: SecurityNoticeSink,
): AccountServices {
  const { config, policy, keys, clock, random } = wiring;
  const accountPolicy = defineAccountPolicy(
    policy.account,
    presetOf(wiring, strictAccountPolicy, defaultAccountPolicy),
  );
  return createAccountServices({
    stores: {
      accounts: stores.accounts,
      drafts: stores.drafts,
      sessions: stores.sessions,
      pendingLogins: stores.pendingLogins,
      blobs: stores.blobs,
    },
    otp: createOtpService({
      challenges: stores.otpChallenges,
      keys,
      clock,
      random,
      policy: policy.otp ?? presetOf(wiring, strictOtpPolicy, defaultOtpPolicy),
    }),
    totp: createTotpVerifier({
      steps: stores.totpSteps,
      clock,
      policy: policy.totp ?? presetOf(wiring, strictTotpPolicy, defaultTotpPolicy),
    }),
    backupCodes: createBackupCodeService({
      sets: stores.backupCodes,
      keys,
      clock,
      random,
      policy:
        policy.backupCodes ?? presetOf(wiring, strictBackupCodePolicy, defaultBackupCodePolicy),
    }),
    lockout: createLockoutService({
      counters: stores.counters,
      clock,
      policy: policy.lockout ?? presetOf(wiring, strictLockoutPolicy, defaultLockoutPolicy),
    }),
    journal: wiring.journal,
    ...(wiring.units === undefined ? {} : { units: wiring.units }),
    registry: config.registry,
    senders: config.senders,
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
    securityNotices,
  });
}
