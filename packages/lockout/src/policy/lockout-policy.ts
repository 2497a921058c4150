/**
 * Every number behind attempt and send limits. The presets are {@link defaultLockoutPolicy}
 * (the domain's values) and {@link strictLockoutPolicy} (the standards'); check a custom one
 * with `checkLockoutPolicy`. Times are milliseconds; "per day" means a calendar day in the
 * time zone `dayOffsetMinutes` east of UTC.
 *
 * @example
 * ```ts
 * const policy: LockoutPolicy = { ...defaultLockoutPolicy, send: { ...defaultLockoutPolicy.send, cooldownMs: 90_000 } };
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
  /**
   * Passwords (OTP-5, S-7, S-8): separate counters from codes. Three progressive temporary
   * locks — per account+IP (`freeFailures` …), per IP across accounts (`ipFreeFailures` …) and
   * per account (`lockAfterFailures` …) — and a hard cap of consecutive failures per account
   * (`maxConsecutiveFailures`, at most 100 per NIST 800-63B §3.2.2). An address the owner logged
   * in from (or unlocked from) is not held by the account's lock (`trustedPairMs`), and the
   * owner can lift a lock with a code to a confirmed contact (`selfUnlock`), so knowing a login
   * is not enough to keep its owner out.
   */
  readonly password: {
    /** Failures per account+IP before a delay starts. */
    readonly freeFailures: number;
    /** The first delay, after `freeFailures` failures (account+IP and IP delays). */
    readonly baseDelayMs: number;
    /** Each further failure multiplies the delay by this (1 = constant). */
    readonly delayFactor: number;
    /** The longest delay. */
    readonly maxDelayMs: number;
    /** Account+IP failures are forgotten after this long without a new one. */
    readonly pairWindowMs: number;
    /** Failures from one IP across accounts before that IP's own progressive delay starts (S-7, spraying). */
    readonly ipFreeFailures: number;
    /** IP failures (for its delay) are forgotten after this long without a new one. */
    readonly ipWindowMs: number;
    /**
     * Consecutive failures per account (all IPs) after which it is locked for a while; each
     * further batch of this many locks it again, longer (`lockMs` · `lockFactor`^n, at most
     * `maxLockMs`).
     */
    readonly lockAfterFailures: number;
    /** The first account lock; `null` = until support unlocks it (ACC-8, {@link supportLockoutPolicy}). */
    readonly lockMs: number | null;
    /** Each further lock in a row lasts this many times longer (1 = constant). */
    readonly lockFactor: number;
    /** The longest temporary account lock: the longest an attacker who knows only the login can keep its owner out. */
    readonly maxLockMs: number;
    /**
     * The hard cap (NIST 800-63B §3.2.2: at most 100): after this many consecutive failures no
     * more passwords are checked for the account from addresses it is not trusted at, until
     * its owner unlocks it with a code (`selfUnlock`) or support does.
     */
    readonly maxConsecutiveFailures: number;
    /** Account failures (and the lock series) are forgotten after this long without a new one. */
    readonly accountWindowMs: number;
    /** How long a lock record is kept: the whole life of a support lock or the cap, and past the end of a timed one (so its end can be journaled). */
    readonly lockRetentionMs: number;
    /** Password failures per IP per day across accounts (stops spraying, S-7). */
    readonly maxFailuresPerIpPerDay: number;
    /** Whether a successful login also clears the account's failure count, lock series and lock (not only the account+IP ones). */
    readonly successResetsAccount: boolean;
    /**
     * How long an account+IP pair stays trusted after a successful login or an owner's unlock
     * from it: attempts from a trusted pair are not held by the account's temporary lock or cap
     * (NIST 800-63B §3.2.2: an allow-list of addresses the owner used), only by their own delay;
     * `freeFailures` failures from the pair end the trust. 0 turns it off.
     */
    readonly trustedPairMs: number;
    /** Whether the owner may lift the account's lock with a code sent to a confirmed contact (self-service unlock). */
    readonly selfUnlock: boolean;
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
 * (OTP-3); repeated wrong passwords lock the account (OTP-5) without handing attackers a
 * weapon (S-7, S-8): a progressive delay per account+IP after 5 failures and per IP after 30
 * (30 s doubling up to Keycloak's 15-minute maximum wait), a temporary account lock after
 * every 10 consecutive failures (5 min, doubling up to 1 h), and at 100 (NIST's cap) no more
 * guesses until the owner unlocks the account with a code or support does; addresses the
 * owner logged in from stay open to the owner. Per-IP caps from the rate-limiter-flexible
 * login recipe; a one-minute resend cooldown and daily send caps (S-5); five registry
 * look-ups per subject per day (OTP-7). {@link supportLockoutPolicy} keeps ACC-8's "until
 * support".
 *
 * @example
 * ```ts
 * const lockout = createLockoutService({ counters, clock, policy: defaultLockoutPolicy });
 * ```
 */
export const defaultLockoutPolicy: LockoutPolicy = {
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
    ipFreeFailures: 30,
    ipWindowMs: 12 * HOUR,
    lockAfterFailures: 10,
    lockMs: 5 * MINUTE,
    lockFactor: 2,
    maxLockMs: HOUR,
    maxConsecutiveFailures: 100,
    accountWindowMs: 30 * DAY,
    lockRetentionMs: 3650 * DAY,
    maxFailuresPerIpPerDay: 100,
    successResetsAccount: true,
    trustedPairMs: 30 * DAY,
    selfUnlock: true,
  },
  send: { cooldownMs: MINUTE, maxPerPhonePerDay: 5, maxPerEmailPerDay: 10, maxPerIpPerDay: 20 },
  lookup: { maxPerSubjectPerDay: 5, maxTotalPerDay: null },
};

/**
 * The standards' values, never looser than the portal's: the same five-minute code block,
 * 5 wrong codes per identifier per day, delays from the third account+IP failure (and the
 * fifteenth per IP) growing "30 s up to 1 h" (NIST 800-63B §3.2.2's example), a temporary
 * account lock after every 5 failures (5 min doubling up to 1 h) and the cap at 50, trusted
 * addresses for 7 days, halved per-IP caps, a two-minute resend cooldown and lower daily send
 * caps (ASVS 2.4.1, 6.3.1).
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
    ipFreeFailures: 15,
    ipWindowMs: DAY,
    lockAfterFailures: 5,
    lockMs: 5 * MINUTE,
    lockFactor: 2,
    maxLockMs: HOUR,
    maxConsecutiveFailures: 50,
    accountWindowMs: 90 * DAY,
    lockRetentionMs: 3650 * DAY,
    maxFailuresPerIpPerDay: 50,
    successResetsAccount: true,
    trustedPairMs: 7 * DAY,
    selfUnlock: true,
  },
  send: { cooldownMs: 2 * MINUTE, maxPerPhonePerDay: 3, maxPerEmailPerDay: 5, maxPerIpPerDay: 10 },
  lookup: { maxPerSubjectPerDay: 3, maxTotalPerDay: null },
};

/**
 * ACC-8 as written ("repeated input errors can block the account until support unblocks
 * it"): the portal's values, except that the first account lock (after 10 consecutive
 * failures) lasts until support lifts it, with no self-service unlock. Beware: anyone who
 * knows a login can then lock its owner out until support acts (S-7); choose it only where
 * support can answer at once.
 *
 * @example
 * ```ts
 * const lockout = createLockoutService({ counters, clock, policy: supportLockoutPolicy });
 * ```
 */
export const supportLockoutPolicy: LockoutPolicy = {
  ...defaultLockoutPolicy,
  password: { ...defaultLockoutPolicy.password, lockMs: null, selfUnlock: false },
};
