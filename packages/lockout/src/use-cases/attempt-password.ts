import { keyPart } from '../_lib/key-part.js';
import { failuresBeforeLock } from '../decide/failures-before-lock.js';
import type {
  PasswordAttemptInput,
  PasswordAttemptOptions,
  PasswordAttemptResult,
} from '../service/lockout-service.js';
import { clearPasswordFailures } from '../steps/clear-password-failures.js';
import { lockAccount } from '../steps/lock-account.js';
import type { LockoutContext } from '../steps/lockout-context.js';
import { recordPasswordFailure } from '../steps/record-password-failure.js';
import {
  reservePasswordAttempt,
  type PasswordReservation,
} from '../steps/reserve-password-attempt.js';

/**
 * Guards a password check: refuses it when the IP, the account+IP pair or the account is over
 * its limit, else runs `check` (true = right password) and counts the result (OTP-5, S-7). A
 * locked account is refused exactly like a wrong password: same public outcome, the same
 * account+IP delay growth, `equalize` in place of the check (S-8). A trusted pair is not held by
 * the account's timed lock or cap. Rethrows what `check` throws, counting nothing.
 *
 * @param ctx - the lockout context
 * @param input - the account key and the client IP
 * @param check - the password check (true = right)
 * @param options - `equalize`, run in place of the check while locked
 * @returns the outcome, whether the check ran, and the events to journal
 * @example
 * ```ts
 * const r = await attemptPassword(ctx, { account: login, ip }, () => hasher.verify(hash, password));
 * if (r.outcome.kind !== 'allowed') return refuse(r.outcome);
 * ```
 */
export async function attemptPassword(
  ctx: LockoutContext,
  input: PasswordAttemptInput,
  check: () => Promise<boolean>,
  options: PasswordAttemptOptions = {},
): Promise<PasswordAttemptResult> {
  const account = keyPart(input?.account, 'account');
  const ip = keyPart(input?.ip, 'ip');
  const r = await reservePasswordAttempt(ctx, account, ip);
  const { decision, trusted, events } = r;

  if (decision.kind === 'retry_later') {
    await Promise.all([r.giveBackIp(), r.giveBackAccount(), r.releaseSlot()]);
    return { outcome: decision, checked: false, trusted, events };
  }
  if (decision.kind === 'locked') {
    // Locked: answer exactly as for a wrong password — the account+IP and IP delays grow and
    // the IP failure stays counted — but the account's count does not (its batch is spent).
    await r.giveBackAccount();
    if (!r.lockRecord) {
      // The batch is spent but its lock is not written yet (a parallel burst, or a changed policy): write it.
      const locked = await lockAccount(ctx, account, r.locksInRow + 1);
      if (locked !== undefined) events.push(locked);
    }
    const delay = await recordPasswordFailure(ctx, account, ip, trusted);
    await r.releaseSlot();
    if (options.equalize !== undefined) await options.equalize();
    return counted('locked', delay, false, r);
  }

  let right: boolean;
  try {
    right = (await check()) === true;
  } catch (error) {
    await Promise.all([r.giveBackIp(), r.giveBackAccount(), r.releaseSlot()]);
    throw error;
  }
  if (right) {
    const cleared = await clearPasswordFailures(ctx, account, ip, r);
    await r.releaseSlot();
    if (cleared.event !== undefined) events.push(cleared.event);
    return {
      outcome: { kind: 'allowed' },
      checked: true,
      trusted,
      priorFailures: cleared.priorFailures,
      events,
    };
  }
  const delay = await recordPasswordFailure(ctx, account, ip, trusted);
  // OTP-5: the batch is spent, the account locks (once, however many attempts spent it).
  if (
    r.accountState !== undefined &&
    r.accountState.value >= failuresBeforeLock(r.locksInRow, ctx.policy)
  ) {
    const locked = await lockAccount(ctx, account, r.locksInRow + 1);
    if (locked !== undefined) events.push(locked);
  }
  await r.releaseSlot();
  return counted('wrong_password', delay, true, r);
}

/**
 * A locked account's or a wrong password's result: the same outcome shape with the pair's or
 * the IP's delay as the retry time once it has started, never the lock's (S-8).
 */
function counted(
  kind: 'locked' | 'wrong_password',
  delay: number,
  checked: boolean,
  r: PasswordReservation,
): PasswordAttemptResult {
  return {
    outcome: { kind, ...(delay > 0 ? { retryAfterMs: delay } : {}) },
    checked,
    trusted: r.trusted,
    priorFailures: r.prior,
    events: r.events,
  };
}
