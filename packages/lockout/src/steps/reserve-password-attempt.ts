import type { CounterState } from '@kabinet/ports';
import { consecutiveFailures } from '../_lib/consecutive-failures.js';
import { giveBack } from '../_lib/give-back.js';
import { dayWindow } from '../decide/day-window.js';
import { decidePasswordAttempt, LOCKED_UNTIL_UNLOCK } from '../decide/decide-password-attempt.js';
import type { PasswordDecision } from '../decide/password-outcome.js';
import type { LockoutEvent } from '../service/lockout-event.js';
import type { LockoutContext } from './lockout-context.js';

/** A password attempt's reservations and the decision taken on them. */
export interface PasswordReservation {
  /** What `decidePasswordAttempt` decided on the reserved counts. */
  readonly decision: PasswordDecision;
  /** Whether the account+IP pair is trusted (its attempts are not in the account's count). */
  readonly trusted: boolean;
  /** Whether a lock record exists (a live lock, or one at the cap or support's). */
  readonly lockRecord: boolean;
  /** The account's locks in a row. */
  readonly locksInRow: number;
  /** The account's batch of failures as reserved (absent for a trusted pair). */
  readonly accountState: CounterState | undefined;
  /** The account's consecutive failures before this attempt. */
  readonly prior: number;
  /** Events so far (a timed lock that ran out). */
  readonly events: LockoutEvent[];
  /** Frees the pair's slot if this attempt holds it. */
  releaseSlot(): Promise<void>;
  /** Gives back the account's reservation. */
  giveBackAccount(): Promise<void>;
  /** Gives back the IP's daily reservation. */
  giveBackIp(): Promise<void>;
}

/** Whether a lock value is a point in time (not the cap's or support's sentinel). */
const isTimed = (value: number): boolean => value < LOCKED_UNTIL_UNLOCK;

/**
 * Reserves a password attempt's counts (S-7, S-9): ends a timed lock that ran out (journaled as
 * unlocked by time), takes the account+IP slot, then counts the IP's day and the account's
 * batch (atomic increments) and reads the delays, and decides on the values those increments
 * returned — so N parallel attempts count N and can never all slip under a cap.
 *
 * @param ctx - the lockout context
 * @param account - the account key
 * @param ip - the client IP
 * @returns the decision, the state it was taken on, and how to give the reservations back
 * @example
 * ```ts
 * const r = await reservePasswordAttempt(ctx, account, ip);
 * if (r.decision.kind === 'retry_later') await Promise.all([r.giveBackIp(), r.giveBackAccount(), r.releaseSlot()]);
 * ```
 */
export async function reservePasswordAttempt(
  ctx: LockoutContext,
  account: string,
  ip: string,
): Promise<PasswordReservation> {
  const { counters, policy, clock, keys: k } = ctx;
  const pw = policy.password;
  const events: LockoutEvent[] = [];
  let now = clock.now();
  const [lockRead, trust] = await Promise.all([
    counters.get(k.lock(account)),
    pw.trustedPairMs > 0 ? counters.get(k.trust(account, ip)) : Promise.resolve(undefined),
  ]);
  let lock = lockRead;
  if (lock !== undefined && isTimed(lock.value) && lock.value <= now) {
    // A timed lock ran out: the next batch of failures may start (the series stays, so the next lock is longer).
    await Promise.all([counters.reset(k.lock(account)), counters.reset(k.account(account))]);
    events.push({ type: 'lockout.unlocked', key: account, at: now, by: 'time' });
    lock = undefined;
  }
  const trusted = trust !== undefined;
  now = clock.now();
  const day = dayWindow(now, policy.dayOffsetMinutes);
  const ipKey = k.pwIp(ip, day.index);
  // The pair's slot first, its state after (see attemptCode).
  const slot = await counters.increment(k.pairSlot(account, ip), {
    ttlMs: policy.attemptLeaseMs,
  });
  const [ipState, ipNext, next, accountState, series] = await Promise.all([
    counters.increment(ipKey, { ttlMs: day.end - now }),
    counters.get(k.ipNext(ip)),
    counters.get(k.pairNext(account, ip)),
    // A trusted pair's attempts are not part of the account's count (they are the owner's, or capped by the pair's own limits).
    trusted
      ? Promise.resolve(undefined)
      : counters.increment(k.account(account), {
          ttlMs: pw.accountWindowMs,
          window: 'sliding',
        }),
    counters.get(k.series(account)),
  ]);
  const locksInRow = series?.value ?? 0;
  const decision = decidePasswordAttempt(
    {
      ipFailuresToday: ipState.value,
      ipNextAllowedAt: ipNext?.value ?? 0,
      holders: slot.value,
      nextAllowedAt: next?.value ?? 0,
      lockedUntil: lock?.value ?? 0,
      accountFailures: accountState?.value ?? 0,
      locksInRow,
      trusted,
    },
    now,
    policy,
  );
  const lockRecord = lock !== undefined;
  return {
    decision,
    trusted,
    lockRecord,
    locksInRow,
    accountState,
    prior: consecutiveFailures(locksInRow, (accountState?.value ?? 1) - 1, lockRecord, policy),
    events,
    releaseSlot: () =>
      slot.value === 1 ? counters.reset(k.pairSlot(account, ip)) : Promise.resolve(),
    giveBackAccount: () =>
      accountState === undefined
        ? Promise.resolve()
        : giveBack(counters, k.account(account), pw.accountWindowMs),
    giveBackIp: () => giveBack(counters, ipKey, day.end - clock.now()),
  };
}
