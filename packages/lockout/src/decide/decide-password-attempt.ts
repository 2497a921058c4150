import type { LockoutPolicy } from '../policy/lockout-policy.js';
import type { AttemptDecision } from './attempt-decision.js';
import { dayWindow } from './day-window.js';

/** The counters behind a password attempt, read (and reserved) by the service. */
export interface PasswordAttemptState {
  /** Password failures from this IP today, counting this attempt's reservation. */
  readonly ipFailuresToday: number;
  /** Attempts holding the account+IP slot, counting this one (1 = this one alone). */
  readonly holders: number;
  /** Epoch ms before which the account+IP pair may not try again; 0 when free. */
  readonly nextAllowedAt: number;
  /** Epoch ms until which the account is locked; 0 when not locked. */
  readonly lockedUntil: number;
  /** The account's consecutive failures, counting this attempt's reservation. */
  readonly accountFailures: number;
}

/**
 * Decides a password attempt from counter state and `now` (pure). The checks run in an order
 * that never lets the answer depend on the account's lock before it depends on the client's
 * own state: the IP's daily cap, the account+IP slot, the account+IP delay (all
 * `retry_later` with `retryAfterMs`), and only then the lock, answered `invalid_credentials`
 * without a retry time, exactly like a wrong password (S-7, S-8, OTP-5).
 *
 * @param state - the counters
 * @param now - epoch ms
 * @param policy - the lockout policy
 * @returns allowed, or the reason and public answer
 * @example
 * ```ts
 * decidePasswordAttempt({ ipFailuresToday: 1, holders: 1, nextAllowedAt: 0, lockedUntil: 0, accountFailures: 1 }, now, portalLockoutPolicy);
 * // { allowed: true }
 * ```
 */
export function decidePasswordAttempt(state: PasswordAttemptState, now: number, policy: LockoutPolicy): AttemptDecision {
  if (state.ipFailuresToday > policy.password.maxFailuresPerIpPerDay) {
    return { allowed: false, reason: 'ip_capped', publicOutcome: 'retry_later', retryAfterMs: dayWindow(now, policy.dayOffsetMinutes).end - now };
  }
  if (state.holders > 1) return { allowed: false, reason: 'busy', publicOutcome: 'retry_later', retryAfterMs: policy.busyRetryMs };
  if (now < state.nextAllowedAt) return { allowed: false, reason: 'delayed', publicOutcome: 'retry_later', retryAfterMs: state.nextAllowedAt - now };
  if (now < state.lockedUntil || state.accountFailures > policy.password.maxConsecutiveFailures) {
    return { allowed: false, reason: 'locked', publicOutcome: 'invalid_credentials' };
  }
  return ALLOWED;
}

const ALLOWED: AttemptDecision = { allowed: true };
