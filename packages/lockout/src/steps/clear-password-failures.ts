import { consecutiveFailures } from '../_lib/consecutive-failures.js';
import type { LockoutEvent } from '../service/lockout-event.js';
import type { LockoutContext } from './lockout-context.js';
import type { PasswordReservation } from './reserve-password-attempt.js';
import { resetSeries } from './reset-series.js';

/**
 * Settles a right password (S-7): clears the pair's failures and delay, the account's count,
 * lock and series when the policy says a success resets the account (else gives the account's
 * reservation back), gives back the IP's, and trusts the pair for `trustedPairMs`.
 *
 * @param ctx - the lockout context
 * @param account - the account key
 * @param ip - the client IP
 * @param r - the attempt's reservation
 * @returns the account's consecutive failures before it, and the `lockout.unlocked` event (by
 *   `login`) when it cleared failures or a lock
 * @example
 * ```ts
 * const { priorFailures, event } = await clearPasswordFailures(ctx, account, ip, reservation);
 * ```
 */
export async function clearPasswordFailures(
  ctx: LockoutContext,
  account: string,
  ip: string,
  r: PasswordReservation,
): Promise<{ readonly priorFailures: number; readonly event?: LockoutEvent }> {
  const { counters, policy, keys: k } = ctx;
  const pw = policy.password;
  const { trusted, locksInRow, lockRecord } = r;
  const [pair, batch] = await Promise.all([
    counters.get(k.pairFailures(account, ip)),
    trusted ? counters.get(k.account(account)) : Promise.resolve(r.accountState),
  ]);
  const priorFailures = consecutiveFailures(
    locksInRow,
    (batch?.value ?? (trusted ? 0 : 1)) - (trusted ? 0 : 1),
    lockRecord,
    policy,
  );
  const cleared = pw.successResetsAccount
    ? Math.max(priorFailures, pair?.value ?? 0)
    : (pair?.value ?? 0);
  const at = ctx.clock.now();
  await Promise.all([
    counters.reset(k.pairFailures(account, ip)),
    counters.reset(k.pairNext(account, ip)),
    ...(pw.successResetsAccount
      ? [
          counters.reset(k.account(account)),
          ...(locksInRow > 0 || lockRecord ? resetSeries(ctx, account, locksInRow) : []),
          lockRecord ? counters.reset(k.lock(account)) : undefined,
        ]
      : [r.giveBackAccount()]),
    r.giveBackIp(),
    pw.trustedPairMs > 0
      ? counters.raiseTo(k.trust(account, ip), at + pw.trustedPairMs, pw.trustedPairMs)
      : undefined,
  ]);
  if (!(cleared > 0 || (pw.successResetsAccount && lockRecord))) return { priorFailures };
  const event: LockoutEvent = {
    type: 'lockout.unlocked',
    key: account,
    at,
    by: 'login',
    failures: cleared,
    ...(lockRecord ? { wasLocked: true } : {}),
  };
  return { priorFailures, event };
}
