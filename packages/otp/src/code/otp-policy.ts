/**
 * The numbers behind one-time codes. Check a custom policy with `checkOtpPolicy`.
 *
 * @example
 * ```ts
 * const policy: OtpPolicy = { ...defaultOtpPolicy, ttlMs: 5 * 60_000 };
 * ```
 */
export interface OtpPolicy {
  /** Characters per code; with the alphabet it must give at least 20 bits (S-3, ASVS 6.5.4). */
  readonly codeLength: number;
  /** The characters a code is drawn from, uniformly, by a CSPRNG (S-3). */
  readonly alphabet: string;
  /** How long a code verifies, in ms: more than 0, at most 10 minutes (S-3, NIST OOB, ASVS 6.5.5). */
  readonly ttlMs: number;
  /** Wrong tries a single challenge accepts before it answers `locked` (S-4). */
  readonly maxAttempts: number;
  /** How long a spent or expired challenge stays readable after its code expires, so it can answer `used` / `expired` rather than `not_found`. */
  readonly retainMs: number;
  /** A new code for the same session, purpose and channel ends the previous one, so a session has one live code per channel. */
  readonly supersede: boolean;
  /**
   * S-15: how many times a write that lost to a concurrent write (a version conflict) is run
   * again from a fresh read before the conflict goes to the caller — the same meaning as the
   * account and payments policies' `conflictRetries`. Issuing a code retries this many times;
   * verifying a code retries `maxAttempts` more, since each parallel wrong try may win one write.
   */
  readonly conflictRetries: number;
}

/**
 * The default: 6 digits, 10 minutes, 5 wrong tries per code (Kratos' `max_submissions`),
 * the previous code superseded by a resend.
 *
 * @example
 * ```ts
 * createOtpService({ challenges, keys, clock, policy: defaultOtpPolicy });
 * ```
 */
export const defaultOtpPolicy: OtpPolicy = {
  codeLength: 6,
  alphabet: '0123456789',
  ttlMs: 10 * 60_000,
  maxAttempts: 5,
  retainMs: 60 * 60_000,
  supersede: true,
  conflictRetries: 7,
};

/**
 * The stricter preset: 8 digits (ASVS 6.6.3 asks to consider longer codes), 5 minutes,
 * 3 wrong tries per code (better-auth's e-mail and phone cap).
 *
 * @example
 * ```ts
 * createOtpService({ challenges, keys, clock, policy: strictOtpPolicy });
 * ```
 */
export const strictOtpPolicy: OtpPolicy = {
  codeLength: 8,
  alphabet: '0123456789',
  ttlMs: 5 * 60_000,
  maxAttempts: 3,
  retainMs: 60 * 60_000,
  supersede: true,
  conflictRetries: 7,
};
