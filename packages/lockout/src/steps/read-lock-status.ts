import { consecutiveFailures } from '../_lib/consecutive-failures.js';
import { LOCKED_UNTIL_SUPPORT, LOCKED_UNTIL_UNLOCK } from '../decide/decide-password-attempt.js';
import type { AccountLockStatus } from '../service/lockout-service.js';
import type { LockoutContext } from './lockout-context.js';

/**
 * Reads an account's lock state from its counters: the lock, the current batch of failures
 * and the series of locks in a row.
 *
 * @param ctx - the lockout context
 * @param account - the account key
 * @param now - epoch ms the state is judged at
 * @returns whether it is locked (and until when), its consecutive failures and locks in a row
 * @example
 * ```ts
 * const status = await readLockStatus(ctx, account, ctx.clock.now());
 * if (status.locked) showLockedUntil(status.until);
 * ```
 */
export async function readLockStatus(
  ctx: LockoutContext,
  account: string,
  now: number,
): Promise<AccountLockStatus> {
  const { counters, keys: k } = ctx;
  const [lock, batch, series] = await Promise.all([
    counters.get(k.lock(account)),
    counters.get(k.account(account)),
    counters.get(k.series(account)),
  ]);
  const locked = lock !== undefined && lock.value > now;
  const locksInRow = series?.value ?? 0;
  return {
    locked,
    ...(locked
      ? {
          until:
            lock.value === LOCKED_UNTIL_SUPPORT
              ? ('support' as const)
              : lock.value === LOCKED_UNTIL_UNLOCK
                ? ('unlock' as const)
                : lock.value,
        }
      : {}),
    failures: consecutiveFailures(locksInRow, batch?.value ?? 0, lock !== undefined, ctx.policy),
    locksInRow,
  };
}
