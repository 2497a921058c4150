import type { AttemptDecision, DenyReason } from '../decide/attempt-decision.js';
import { dayWindow } from '../decide/day-window.js';
import type { LockoutPolicy } from '../policy/lockout-policy.js';

/** A refusal that lasts until the local day ends (a daily cap is spent): `retry_later` with the time left. */
export function refusedForToday(
  reason: DenyReason,
  now: number,
  policy: LockoutPolicy,
): AttemptDecision {
  return {
    allowed: false,
    reason,
    publicOutcome: 'retry_later',
    retryAfterMs: dayWindow(now, policy.dayOffsetMinutes).end - now,
  };
}

/**
 * The prelude of every attempt decision (S-7, S-4): an IP past its daily failure cap is refused
 * until the day ends, before anything about the account or identifier is looked at; `undefined`
 * when the IP is under its cap.
 */
export function ipCapRefusal(
  ipFailuresToday: number,
  maxFailuresPerIpPerDay: number,
  now: number,
  policy: LockoutPolicy,
): AttemptDecision | undefined {
  return ipFailuresToday > maxFailuresPerIpPerDay
    ? refusedForToday('ip_capped', now, policy)
    : undefined;
}
