import { defaultScryptParams } from '../password/scrypt-params.js';
import type { AccountPolicy } from './account-policy.js';
import { CONFIRMATION_METHODS } from '@kabinet/ports';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The domain values (DOMAIN.md): a 48-hour clarification deadline (ACC-5), drafts kept 30
 * days (ACC-4), 30 minutes of inactivity end a session (ACC-11), passwords by the portal
 * rule with no reuse of the last 5 (OTP-4), passport valid 6 months (DOC-3), 10 registry
 * look-ups a day (OTP-7), every confirmation method (ACC-7), and a second factor on every
 * login (OTP-6).
 *
 * @example
 * ```ts
 * createKabinet({ keys, policy: { account: { ...defaultAccountPolicy, sessionIdleMs: 20 * 60_000 } } });
 * ```
 */
export const defaultAccountPolicy: AccountPolicy = {
  clarificationDeadlineMs: 48 * HOUR,
  draftTtlMs: 30 * DAY,
  sessionIdleMs: 30 * 60_000,
  sessionAbsoluteMs: 12 * HOUR,
  accessTokenTtlMs: 15 * 60_000,
  secondFactorTtlMs: 10 * 60_000,
  reauthWindowMs: 10 * 60_000,
  sessionTouchIntervalMs: 60_000,
  refreshRetryMs: 10_000,
  passwordHistory: 5,
  passwordPreset: 'portal',
  scrypt: defaultScryptParams,
  requiredDocuments: {
    foreign_citizen: [['foreign_passport'], ['migration_card', 'visa']],
    residence_permit_holder: [['foreign_passport'], ['residence_permit'], ['snils']],
  },
  passportValidityMonths: 6,
  registryChecksPerDay: 10,
  confirmationMethods: [...CONFIRMATION_METHODS],
  requireSecondFactor: true,
  secondFactorMethods: ['sms', 'email', 'totp'],
  backupCodeCount: 10,
  suspiciousLoginAfterFailures: 3,
  letterCodeTtlMs: 60 * DAY,
  activationLinkTtlMs: DAY,
  contactHistoryLimit: 20,
  maxSessions: 10,
  termsVersion: '2026-01',
  conflictRetries: 8,
};
