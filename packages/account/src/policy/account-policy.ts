import type { ConfirmationMethod, DocumentKind, SecondFactorMethod } from '@kabinet/ports';
import type { ScryptParams } from '../password/scrypt-params.js';

/** The document groups each user type needs for the standard level; each group is "one of these kinds". */
export interface RequiredDocuments {
  /** A foreign citizen: by default the passport and a migration card or visa (DOC-2). */
  readonly foreign_citizen: readonly (readonly DocumentKind[])[];
  /** A residence-permit holder: by default the passport, the permit and SNILS (ACC-6). */
  readonly residence_permit_holder: readonly (readonly DocumentKind[])[];
}

/**
 * Every number and choice of the account rules, with the domain values as defaults
 * ({@link defaultAccountPolicy}) and a stricter preset ({@link strictAccountPolicy}).
 *
 * @example
 * ```ts
 * const policy: AccountPolicy = { ...defaultAccountPolicy, clarificationDeadlineMs: 24 * 3_600_000 };
 * ```
 */
export interface AccountPolicy {
  /** ACC-5: time to answer a clarification request before access is restricted (48 h). */
  readonly clarificationDeadlineMs: number;
  /** ACC-4: how long an unfinished registration draft is kept. */
  readonly draftTtlMs: number;
  /** ACC-11: a session ends after this much inactivity. */
  readonly sessionIdleMs: number;
  /** S-10: a session ends this long after login, whatever the activity. */
  readonly sessionAbsoluteMs: number;
  /** S-10: lifetime of an access token. */
  readonly accessTokenTtlMs: number;
  /** How long a login may wait for its second factor. */
  readonly secondFactorTtlMs: number;
  /** S-11: a sensitive change needs a full authentication at most this long ago. */
  readonly reauthWindowMs: number;
  /** The session's last-seen time is written at most this often. */
  readonly sessionTouchIntervalMs: number;
  /**
   * S-16: a refresh retried with the token it just spent, within this long and before the new
   * token is used, is answered with the same new refresh token (its first response was lost)
   * instead of ending the session as a reuse; 0 turns retries off.
   */
  readonly refreshRetryMs: number;
  /** OTP-4: how many earlier passwords may not be reused. */
  readonly passwordHistory: number;
  /** S-1: the password rule preset passed to `checkPassword`. */
  readonly passwordPreset: 'portal' | 'strict';
  /** S-2: scrypt parameters of new hashes (older hashes are rehashed at login). */
  readonly scrypt: ScryptParams;
  /**
   * ACC-2, ACC-6, DOC-2: documents needed for the standard level, per user type. Each inner
   * list is "one of these".
   */
  readonly requiredDocuments: RequiredDocuments;
  /** DOC-3: a passport must be valid at least this many months on the check date. */
  readonly passportValidityMonths: number;
  /** OTP-7: registry look-ups per account per day. */
  readonly registryChecksPerDay: number;
  /** ACC-7: the confirmation methods the deployment offers. */
  readonly confirmationMethods: readonly ConfirmationMethod[];
  /** OTP-6: whether every login needs a second factor. */
  readonly requireSecondFactor: boolean;
  /** OTP-6: the second factors an account may choose (ASVS 6.3.6 advises against e-mail). */
  readonly secondFactorMethods: readonly SecondFactorMethod[];
  /** S-6: how many backup codes are issued. */
  readonly backupCodeCount: number;
  /** ASVS 6.3.5: failed attempts before a success that make it "suspicious" and notified. */
  readonly suspiciousLoginAfterFailures: number;
  /** ACC-7: how long the code in a registered letter stays valid. */
  readonly letterCodeTtlMs: number;
  /** ACC-7: how long an in-person activation link stays valid. */
  readonly activationLinkTtlMs: number;
  /** CONTACT-5: how many contact versions are kept for restore. */
  readonly contactHistoryLimit: number;
  /** How many live sessions an account may have; the oldest ends when a new one starts. */
  readonly maxSessions: number;
  /** ACC-3: the terms version a registrant must accept. */
  readonly termsVersion: string;
  /**
   * S-15: how many times a read-modify-write that lost to a concurrent write (a version
   * conflict) is run again from a fresh read before the conflict goes to the caller — the
   * same meaning as the payments policy's `conflictRetries`. Every retry loop of the account
   * (account and draft steps, sessions, account creation, re-keying) reads this one bound.
   */
  readonly conflictRetries: number;
}
