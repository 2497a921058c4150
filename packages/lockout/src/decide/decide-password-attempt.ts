import type { LockoutPolicy } from '../policy/lockout-policy.js';
import { ipCapWait } from '../_lib/ip-cap.js';
import type { PasswordDecision } from './password-outcome.js';
import { failuresBeforeLock } from './failures-before-lock.js';

/** `lockedUntil` of a lock only support can lift (ACC-8, `lockMs: null`). */
export const LOCKED_UNTIL_SUPPORT = Number.MAX_SAFE_INTEGER;

/** `lockedUntil` of an account at its hard cap: no time ends it, only its owner's code or support. */
export const LOCKED_UNTIL_UNLOCK = Number.MAX_SAFE_INTEGER - 1;

/** The counters behind a password attempt, read (and reserved) by the service. */
export interface PasswordAttemptState {
  /** Password failures from this IP today, counting this attempt's reservation. */
  readonly ipFailuresToday: number;
  /** Epoch ms before which this IP may not try again (its own progressive delay); 0 or absent when free. */
  readonly ipNextAllowedAt?: number;
  /** Attempts holding the account+IP slot, counting this one (1 = this one alone). */
  readonly holders: number;
  /** Epoch ms before which the account+IP pair may not try again; 0 when free. */
  readonly nextAllowedAt: number;
  /**
   * Epoch ms until which the account is locked; 0 when not locked;
   * {@link LOCKED_UNTIL_UNLOCK} at the hard cap, {@link LOCKED_UNTIL_SUPPORT} for a support lock.
   */
  readonly lockedUntil: number;
  /** The account's failures since its last lock (or success), counting this attempt's reservation. */
  readonly accountFailures: number;
  /** How many locks in a row the account has had (0 when none). */
  readonly locksInRow?: number;
  /** Whether the account+IP pair is trusted (the owner logged in or unlocked from it): the account's timed lock and cap do not hold it. */
  readonly trusted?: boolean;
}

/**
 * Decides a password attempt from counter state and `now` (pure). The checks run in an order
 * that never lets the answer depend on the account's lock before it depends on the client's
 * own state: the IP's daily cap, the IP's delay, the account+IP slot, the account+IP delay
 * (all `retry_later` with `retryAfterMs`), and only then the lock, `locked` without a retry
 * time, answered exactly like a wrong password (S-7, S-8, OTP-5). A trusted pair is held only by a support lock, not by a timed lock or the cap.
 *
 * @param state - the counters
 * @param now - epoch ms
 * @param policy - the lockout policy
 * @returns `allowed` (run the check), `retry_later` with the wait, or `locked`
 * @example
 * ```ts
 * decidePasswordAttempt({ ipFailuresToday: 1, holders: 1, nextAllowedAt: 0, lockedUntil: 0, accountFailures: 1 }, now, defaultLockoutPolicy);
 * // { kind: 'allowed' }
 * ```
 */
export function decidePasswordAttempt(
  state: PasswordAttemptState,
  now: number,
  policy: LockoutPolicy,
): PasswordDecision {
  const capped = ipCapWait(
    state.ipFailuresToday,
    policy.password.maxFailuresPerIpPerDay,
    now,
    policy,
  );
  if (capped !== undefined) return retryLater('ip_capped', capped);
  const ipNext = state.ipNextAllowedAt ?? 0;
  if (now < ipNext) return retryLater('ip_delayed', ipNext - now);
  if (state.holders > 1) return retryLater('busy', policy.busyRetryMs);
  if (now < state.nextAllowedAt) return retryLater('delayed', state.nextAllowedAt - now);
  if (state.lockedUntil === LOCKED_UNTIL_SUPPORT) return LOCKED;
  if (
    state.trusted !== true &&
    (now < state.lockedUntil ||
      state.accountFailures > failuresBeforeLock(state.locksInRow ?? 0, policy))
  )
    return LOCKED;
  return ALLOWED;
}

const retryLater = (
  reason: Extract<PasswordDecision, { kind: 'retry_later' }>['reason'],
  retryAfterMs: number,
): PasswordDecision => ({ kind: 'retry_later', reason, retryAfterMs });
const ALLOWED: PasswordDecision = { kind: 'allowed' };
const LOCKED: PasswordDecision = { kind: 'locked' };
