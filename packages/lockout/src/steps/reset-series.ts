import type { LockoutContext } from './lockout-context.js';

/**
 * Resets an account's lock series and the lock claims up to the next one, so a new series
 * locks from its first lock again.
 *
 * @param ctx - the lockout context
 * @param account - the account key
 * @param locksInRow - the locks in a row so far
 * @returns the resets, to await together with the caller's others
 * @example
 * ```ts
 * await Promise.all([counters.reset(keys.account(account)), ...resetSeries(ctx, account, locksInRow)]);
 * ```
 */
export function resetSeries(
  ctx: LockoutContext,
  account: string,
  locksInRow: number,
): Promise<void>[] {
  const { counters, keys: k } = ctx;
  return [
    counters.reset(k.series(account)),
    ...Array.from({ length: locksInRow + 1 }, (_, i) =>
      counters.reset(k.lockClaim(account, i + 1)),
    ),
  ];
}
