import type { LockoutPolicy } from '../policy/lockout-policy.js';
import { dayWindow } from './day-window.js';

/** The counters behind a code send, each counting this send's reservation. */
export interface SendState {
  /** Sends requested from this IP today. */
  readonly ipSendsToday: number;
  /** Sends to this destination within the current cooldown (1 = this one alone). */
  readonly cooldownHits: number;
  /** When the current cooldown ends (epoch ms). */
  readonly cooldownEndsAt: number;
  /** Sends to this destination today. */
  readonly destinationSendsToday: number;
}

/**
 * The verdict on a send: allowed with when the next one may go and how many are left today,
 * or refused with the reason and `retryAfterMs` (for the "resend in N s" timer).
 */
export type SendDecision =
  | {
      /** The send may go. */
      readonly allowed: true;
      /** When the next send to this destination may go (epoch ms). */
      readonly nextSendAt: number;
      /** Sends left today for this destination. */
      readonly remainingToday: number;
    }
  | {
      /** The send is refused and counts nothing. */
      readonly allowed: false;
      /** The IP's daily cap, the destination's cooldown, or its daily cap. */
      readonly reason: 'ip_capped' | 'cooldown' | 'capped';
      /** When a send may go again. */
      readonly retryAfterMs: number;
    };

/**
 * Decides whether a code may be sent to a phone or e-mail (pure): the IP's daily cap, the
 * destination's resend cooldown and its daily cap (S-5; also bounds SMS cost, ASVS 2.4.1).
 * Keyed on the destination, never on the flow, so a new registration does not reset them;
 * the same answer whether or not an account uses the destination (S-8).
 *
 * @param state - the counters
 * @param channel - `sms` or `email` (their daily caps differ)
 * @param now - epoch ms
 * @param policy - the lockout policy
 * @returns the decision
 * @example
 * ```ts
 * decideSend({ ipSendsToday: 1, cooldownHits: 2, cooldownEndsAt: now + 40_000, destinationSendsToday: 2 }, 'sms', now, defaultLockoutPolicy);
 * // { allowed: false, reason: 'cooldown', retryAfterMs: 40000 }
 * ```
 */
export function decideSend(
  state: SendState,
  channel: 'sms' | 'email',
  now: number,
  policy: LockoutPolicy,
): SendDecision {
  const dayEnd = dayWindow(now, policy.dayOffsetMinutes).end;
  if (state.ipSendsToday > policy.send.maxPerIpPerDay)
    return { allowed: false, reason: 'ip_capped', retryAfterMs: dayEnd - now };
  if (state.cooldownHits > 1)
    return {
      allowed: false,
      reason: 'cooldown',
      retryAfterMs: Math.max(0, state.cooldownEndsAt - now),
    };
  const cap = channel === 'sms' ? policy.send.maxPerPhonePerDay : policy.send.maxPerEmailPerDay;
  if (state.destinationSendsToday > cap)
    return { allowed: false, reason: 'capped', retryAfterMs: dayEnd - now };
  return {
    allowed: true,
    nextSendAt: now + policy.send.cooldownMs,
    remainingToday: cap - state.destinationSendsToday,
  };
}
