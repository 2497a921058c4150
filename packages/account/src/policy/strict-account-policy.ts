import { defaultAccountPolicy } from './default-account-policy.js';
import type { AccountPolicy } from './account-policy.js';

/**
 * A stricter preset beside the domain defaults: the `strict` password rule (15+ characters,
 * ASVS/NIST), no reuse of the last 10 passwords, 15-minute idle and 8-hour absolute session
 * limits (NIST AAL2 draft), 5-minute access tokens and re-authentication window, 5 registry
 * look-ups a day, no e-mail second factor (ASVS 6.3.6), and a notice after a single failure.
 *
 * @example
 * ```ts
 * createKabinet({ keys, policy: { account: strictAccountPolicy } });
 * ```
 */
export const strictAccountPolicy: AccountPolicy = {
  ...defaultAccountPolicy,
  sessionIdleMs: 15 * 60_000,
  sessionAbsoluteMs: 8 * 3_600_000,
  accessTokenTtlMs: 5 * 60_000,
  reauthWindowMs: 5 * 60_000,
  refreshRetryMs: 0,
  passwordHistory: 10,
  passwordPreset: 'strict',
  registryChecksPerDay: 5,
  secondFactorMethods: ['sms', 'totp'],
  suspiciousLoginAfterFailures: 1,
  maxSessions: 5,
};
