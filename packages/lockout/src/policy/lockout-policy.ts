/**
 * Every number behind attempt and send limits. The presets are {@link portalLockoutPolicy}
 * (the domain's values) and {@link strictLockoutPolicy} (the standards'); check a custom one
 * with `checkLockoutPolicy`. Times are milliseconds; "per day" means a calendar day in the
 * time zone `dayOffsetMinutes` east of UTC.
 *
 * @example
 * ```ts
 * const policy: LockoutPolicy = { ...portalLockoutPolicy, send: { ...portalLockoutPolicy.send, cooldownMs: 90_000 } };
 * ```
 */
export interface LockoutPolicy {
  /** The time zone daily caps reset in, minutes east of UTC (Moscow: 180). */
  readonly dayOffsetMinutes: number;
  /** How long one attempt may hold its account+IP or identifier slot before another may start (a crashed attempt frees it after this). */
  readonly attemptLeaseMs: number;
  /** `retryAfterMs` for an attempt refused because another one for the same key is still running. */
  readonly busyRetryMs: number;
  /** One-time codes, keyed on the identifier (phone, e-mail, account for TOTP), never on the flow (S-4). */
  readonly code: {
    /** A wrong code blocks the next try for this long (OTP-3: five minutes). */
    readonly blockMs: number;
    /** Wrong codes per identifier per day; then blocked until the day ends. */
    readonly maxFailuresPerDay: number;
    /** Wrong codes per IP per day across identifiers. */
    readonly maxFailuresPerIpPerDay: number;
  };
  /** Passwords (OTP-5, S-7): separate counters from codes. */
  readonly password: {
    /** Failures per account+IP before a delay starts. */
    readonly freeFailures: number;
    /** The first delay, after `freeFailures` failures. */
    readonly baseDelayMs: number;
    /** Each further failure multiplies the delay by this (1 = constant). */
    readonly delayFactor: number;
    /** The longest delay. */
    readonly maxDelayMs: number;
    /** Account+IP failures are forgotten after this long without a new one. */
    readonly pairWindowMs: number;
    /** Consecutive failures per account (all IPs) that lock it: at most 100 (NIST 800-63B §3.2.2). */
    readonly maxConsecutiveFailures: number;
    /** Account failures are forgotten after this long without a new one. */
    readonly accountWindowMs: number;
    /** How long the account lock lasts; `null` = until support unlocks it (ACC-8). */
    readonly lockMs: number | null;
    /** How long a lock record is kept: the whole life of a support lock, and past the end of a timed one (so its end can be journaled). */
    readonly lockRetentionMs: number;
    /** Password failures per IP per day across accounts (stops spraying, S-7). */
    readonly maxFailuresPerIpPerDay: number;
    /** Whether a successful login also clears the account's failure count (not only the account+IP one). */
    readonly successResetsAccount: boolean;
  };
  /** Sending codes (S-5): limits that also bound SMS cost. */
  readonly send: {
    /** Minimum time between two sends to one phone or e-mail. */
    readonly cooldownMs: number;
    /** Sends per phone per day. */
    readonly maxPerPhonePerDay: number;
    /** Sends per e-mail address per day. */
    readonly maxPerEmailPerDay: number;
    /** Sends requested from one IP per day. */
    readonly maxPerIpPerDay: number;
  };
  /** Look-ups in external registries (OTP-7). */
  readonly lookup: {
    /** Look-ups per subject (account or draft) per day; then confirmation is delayed to the next day. */
    readonly maxPerSubjectPerDay: number;
    /** Look-ups per day for the whole deployment (the registry's quota), or `null` for none. */
    readonly maxTotalPerDay: number | null;
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The domain's values (the default): a wrong code blocks the next try for five minutes
 * (OTP-3); repeated wrong passwords lock the account until support unlocks it (OTP-5,
 * ACC-8) after 10 consecutive failures, with a progressive delay per account+IP before that
 * (30 s doubling up to Keycloak's 15-minute maximum wait); per-IP caps from the
 * rate-limiter-flexible login recipe; a one-minute resend cooldown and daily send caps (S-5);
 * five registry look-ups per subject per day (OTP-7).
 *
 * @example
 * ```ts
 * const lockout = createLockoutService({ counters, clock, policy: portalLockoutPolicy });
 * ```
 */
export const portalLockoutPolicy: LockoutPolicy = {
  dayOffsetMinutes: 180,
  attemptLeaseMs: 30_000,
  busyRetryMs: 1_000,
  code: { blockMs: 5 * MINUTE, maxFailuresPerDay: 10, maxFailuresPerIpPerDay: 100 },
  password: {
    freeFailures: 5,
    baseDelayMs: 30_000,
    delayFactor: 2,
    maxDelayMs: 15 * MINUTE,
    pairWindowMs: 12 * HOUR,
    maxConsecutiveFailures: 10,
    accountWindowMs: 30 * DAY,
    lockMs: null,
    lockRetentionMs: 3650 * DAY,
    maxFailuresPerIpPerDay: 100,
    successResetsAccount: true,
  },
  send: { cooldownMs: MINUTE, maxPerPhonePerDay: 5, maxPerEmailPerDay: 10, maxPerIpPerDay: 20 },
  lookup: { maxPerSubjectPerDay: 5, maxTotalPerDay: null },
};

/**
 * The standards' values, never looser than the portal's: the same five-minute code block,
 * 5 wrong codes per identifier per day, delays from the third account+IP failure growing
 * "30 s up to 1 h" (NIST 800-63B §3.2.2's example), the 10-failure account lock, halved
 * per-IP caps, a two-minute resend cooldown and lower daily send caps (ASVS 2.4.1, 6.3.1).
 *
 * @example
 * ```ts
 * const lockout = createLockoutService({ counters, clock, policy: strictLockoutPolicy });
 * ```
 */
export const strictLockoutPolicy: LockoutPolicy = {
  dayOffsetMinutes: 180,
  attemptLeaseMs: 30_000,
  busyRetryMs: 1_000,
  code: { blockMs: 5 * MINUTE, maxFailuresPerDay: 5, maxFailuresPerIpPerDay: 50 },
  password: {
    freeFailures: 3,
    baseDelayMs: 30_000,
    delayFactor: 2,
    maxDelayMs: HOUR,
    pairWindowMs: DAY,
    maxConsecutiveFailures: 10,
    accountWindowMs: 90 * DAY,
    lockMs: null,
    lockRetentionMs: 3650 * DAY,
    maxFailuresPerIpPerDay: 50,
    successResetsAccount: true,
  },
  send: { cooldownMs: 2 * MINUTE, maxPerPhonePerDay: 3, maxPerEmailPerDay: 5, maxPerIpPerDay: 10 },
  lookup: { maxPerSubjectPerDay: 3, maxTotalPerDay: null },
};
