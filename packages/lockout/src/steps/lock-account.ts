import { accountLockFor } from '../decide/account-lock-for.js';
import { LOCKED_UNTIL_SUPPORT, LOCKED_UNTIL_UNLOCK } from '../decide/decide-password-attempt.js';
import type { LockoutEvent } from '../service/lockout-event.js';
import type { LockoutContext } from './lockout-context.js';

/**
 * Applies the account's `lockNumber`-th lock in a row (OTP-5, ACC-8). Every attempt that finds
 * the batch spent may call it; one claim per lock number (held for the attempt lease) makes one
 * of them apply it and report it, so a parallel burst locks once.
 *
 * @param ctx - the lockout context
 * @param account - the account key
 * @param lockNumber - which lock in a row (1 = the first)
 * @returns the `lockout.locked` event, or `undefined` when another attempt applied this lock
 * @example
 * ```ts
 * const locked = await lockAccount(ctx, account, locksInRow + 1);
 * if (locked !== undefined) events.push(locked);
 * ```
 */
export async function lockAccount(
  ctx: LockoutContext,
  account: string,
  lockNumber: number,
): Promise<LockoutEvent | undefined> {
  const { counters, policy, keys: k } = ctx;
  const claim = await counters.increment(k.lockClaim(account, lockNumber), {
    ttlMs: policy.attemptLeaseMs,
  });
  if (claim.value !== 1) return undefined;
  const now = ctx.clock.now();
  const pw = policy.password;
  const lock = accountLockFor(lockNumber, policy);
  const until =
    lock.kind === 'temporary'
      ? now + lock.ms
      : lock.kind === 'capped'
        ? LOCKED_UNTIL_UNLOCK
        : LOCKED_UNTIL_SUPPORT;
  await Promise.all([
    counters.raiseTo(
      k.series(account),
      lockNumber,
      lock.kind === 'temporary' ? pw.accountWindowMs : pw.lockRetentionMs,
    ),
    counters.raiseTo(
      k.lock(account),
      until,
      lock.kind === 'temporary' ? lock.ms + pw.lockRetentionMs : pw.lockRetentionMs,
    ),
  ]);
  const failures = Math.min(lockNumber * pw.lockAfterFailures, pw.maxConsecutiveFailures);
  return {
    type: 'lockout.locked',
    key: account,
    at: now,
    until: lock.kind === 'temporary' ? until : null,
    failures,
    kind: lock.kind,
    lockNumber,
  };
}
