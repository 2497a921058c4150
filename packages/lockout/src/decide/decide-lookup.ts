import type { LockoutPolicy } from '../policy/lockout-policy.js';
import { dayWindow } from './day-window.js';

/** The counters behind a registry look-up, each counting this look-up's reservation. */
export interface LookupState {
  /** Look-ups for this subject today. */
  readonly subjectToday: number;
  /** Look-ups for the whole deployment today. */
  readonly totalToday: number;
}

/**
 * The verdict on a registry look-up: allowed, or deferred to the next day (OTP-7: exceeding
 * the limit delays confirmation rather than failing it) with `retryAt` and `retryAfterMs`.
 */
export type LookupDecision =
  | {
      /** The look-up may run. */
      readonly allowed: true;
      /** Look-ups left today for this subject. */
      readonly remainingToday: number;
    }
  | {
      /** The look-up may not run today and counts nothing. */
      readonly allowed: false;
      /** Confirmation waits for the next day (OTP-7). */
      readonly outcome: 'deferred';
      /** The subject's cap or the deployment's cap. */
      readonly reason: 'subject_capped' | 'total_capped';
      /** The next local midnight (epoch ms). */
      readonly retryAt: number;
      /** Ms until `retryAt`. */
      readonly retryAfterMs: number;
    };

/**
 * Decides whether a registry look-up may run today (pure, OTP-7).
 *
 * @param state - the counters
 * @param now - epoch ms
 * @param policy - the lockout policy
 * @returns the decision
 * @example
 * ```ts
 * decideLookup({ subjectToday: 6, totalToday: 6 }, now, defaultLockoutPolicy);
 * // { allowed: false, outcome: 'deferred', reason: 'subject_capped', retryAt: <next midnight MSK>, … }
 * ```
 */
export function decideLookup(
  state: LookupState,
  now: number,
  policy: LockoutPolicy,
): LookupDecision {
  const retryAt = dayWindow(now, policy.dayOffsetMinutes).end;
  const { maxPerSubjectPerDay, maxTotalPerDay } = policy.lookup;
  if (maxTotalPerDay !== null && state.totalToday > maxTotalPerDay) {
    return {
      allowed: false,
      outcome: 'deferred',
      reason: 'total_capped',
      retryAt,
      retryAfterMs: retryAt - now,
    };
  }
  if (state.subjectToday > maxPerSubjectPerDay)
    return {
      allowed: false,
      outcome: 'deferred',
      reason: 'subject_capped',
      retryAt,
      retryAfterMs: retryAt - now,
    };
  return { allowed: true, remainingToday: maxPerSubjectPerDay - state.subjectToday };
}
