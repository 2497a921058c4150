import type { LockoutPolicy } from '../policy/lockout-policy.js';
import { ipCapWait, untilDayEnds } from '../_lib/ip-cap.js';
import type { AttemptDecision } from './attempt-decision.js';

/** The counters behind a one-time-code attempt for one identifier (phone, e-mail, account). */
export interface CodeAttemptState {
  /** Wrong codes from this IP today, counting this attempt's reservation. */
  readonly ipFailuresToday: number;
  /** Attempts holding the identifier's slot, counting this one. */
  readonly holders: number;
  /** Epoch ms before which the identifier may not try again (OTP-3); 0 when free. */
  readonly nextAllowedAt: number;
  /** Wrong codes for the identifier today. */
  readonly failuresToday: number;
}

/**
 * Decides a one-time-code attempt (pure): the IP's daily cap, one attempt at a time per
 * identifier, the identifier's daily cap, and the five-minute block after a wrong code
 * (OTP-3, S-4). Every refusal is `retry_later` with the time left: the user is confirming
 * their own phone or e-mail and needs to know when to try again.
 *
 * @param state - the counters
 * @param now - epoch ms
 * @param policy - the lockout policy
 * @returns allowed, or the reason and when to retry
 * @example
 * ```ts
 * decideCodeAttempt({ ipFailuresToday: 1, holders: 1, nextAllowedAt: now + 60_000, failuresToday: 1 }, now, defaultLockoutPolicy);
 * // { allowed: false, reason: 'blocked', retryAfterMs: 60000 }
 * ```
 */
export function decideCodeAttempt(
  state: CodeAttemptState,
  now: number,
  policy: LockoutPolicy,
): AttemptDecision {
  const capped = ipCapWait(state.ipFailuresToday, policy.code.maxFailuresPerIpPerDay, now, policy);
  if (capped !== undefined) return { allowed: false, reason: 'ip_capped', retryAfterMs: capped };
  if (state.holders > 1)
    return { allowed: false, reason: 'busy', retryAfterMs: policy.busyRetryMs };
  if (state.failuresToday >= policy.code.maxFailuresPerDay)
    return { allowed: false, reason: 'capped', retryAfterMs: untilDayEnds(now, policy) };
  if (now < state.nextAllowedAt)
    return { allowed: false, reason: 'blocked', retryAfterMs: state.nextAllowedAt - now };
  return { allowed: true };
}
