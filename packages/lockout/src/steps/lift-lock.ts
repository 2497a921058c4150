import type { AccountLockStatus } from '../service/lockout-service.js';
import type { LockoutEvent } from '../service/lockout-event.js';
import type { LockoutContext } from './lockout-context.js';
import { resetSeries } from './reset-series.js';

/**
 * Lifts an account's lock on a decision (ACC-8, ACC-9, S-7): resets its lock, its failure count
 * and its lock series together with the caller's further `resets`, and returns the
 * `lockout.unlocked` event with the failures cleared and whether it was locked.
 *
 * @param ctx - the lockout context
 * @param account - the account key
 * @param status - its state before, read at `now` with `readLockStatus`
 * @param now - epoch ms of the unlock
 * @param by - who decided it: the owner or support
 * @param resets - starts the further resets to run with it (the owner's pair, support's identifiers)
 * @returns the `lockout.unlocked` event
 * @example
 * ```ts
 * const event = await liftLock(ctx, account, status, now, 'owner', () => [counters.reset(keys.pairNext(account, ip))]);
 * ```
 */
export async function liftLock(
  ctx: LockoutContext,
  account: string,
  status: AccountLockStatus,
  now: number,
  by: 'owner' | 'support',
  resets: () => readonly (Promise<unknown> | undefined)[],
): Promise<LockoutEvent> {
  const { counters, keys: k } = ctx;
  await Promise.all([
    counters.reset(k.lock(account)),
    counters.reset(k.account(account)),
    ...resetSeries(ctx, account, status.locksInRow),
    ...resets(),
  ]);
  return {
    type: 'lockout.unlocked',
    key: account,
    at: now,
    by,
    failures: status.failures,
    wasLocked: status.locked,
  };
}
