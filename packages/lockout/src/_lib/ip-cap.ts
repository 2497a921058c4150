import { dayWindow } from '../decide/day-window.js';
import type { LockoutPolicy } from '../policy/lockout-policy.js';

/** Ms until the local day ends: the wait of a spent daily cap. */
export function untilDayEnds(now: number, policy: LockoutPolicy): number {
  return dayWindow(now, policy.dayOffsetMinutes).end - now;
}

/**
 * The prelude of every attempt decision (S-7, S-4): an IP past its daily failure cap waits until
 * the day ends, before anything about the account or identifier is looked at. Returns the wait,
 * or `undefined` when the IP is under its cap.
 */
export function ipCapWait(
  ipFailuresToday: number,
  maxFailuresPerIpPerDay: number,
  now: number,
  policy: LockoutPolicy,
): number | undefined {
  return ipFailuresToday > maxFailuresPerIpPerDay ? untilDayEnds(now, policy) : undefined;
}
