import { KabinetError } from '@kabinet/core';
import { keyPart } from '../_lib/key-part.js';
import type { LockoutEvent } from '../service/lockout-event.js';
import type { OwnerUnlockInput } from '../service/lockout-service.js';
import { liftLock } from '../steps/lift-lock.js';
import type { LockoutContext } from '../steps/lockout-context.js';
import { readLockStatus } from '../steps/read-lock-status.js';

/**
 * Lifts an account's lock, failure count and lock series on its owner's proof (a code sent to
 * a confirmed contact, checked by the caller), and trusts the address it came from (S-7).
 *
 * @param ctx - the lockout context
 * @param input - the account key and the owner's IP
 * @returns the `lockout.unlocked` event (by `owner`) to journal
 * @throws KabinetError `ERR_INVALID_STATE` when the policy has no self-service unlock
 * @example
 * ```ts
 * const events = await unlockByOwner(ctx, { account: 'acc_1', ip: '192.0.2.10' });
 * ```
 */
export async function unlockByOwner(
  ctx: LockoutContext,
  input: OwnerUnlockInput,
): Promise<LockoutEvent[]> {
  const { counters, keys: k } = ctx;
  const pw = ctx.policy.password;
  if (!pw.selfUnlock)
    throw new KabinetError(
      'ERR_INVALID_STATE',
      'the lockout policy has no self-service unlock (selfUnlock: false)',
    );
  const account = keyPart(input?.account, 'account');
  const ip = keyPart(input?.ip, 'ip');
  const now = ctx.clock.now();
  const status = await readLockStatus(ctx, account, now);
  const event = await liftLock(ctx, account, status, now, 'owner', () => [
    counters.reset(k.pairFailures(account, ip)),
    counters.reset(k.pairNext(account, ip)),
    pw.trustedPairMs > 0
      ? counters.raiseTo(k.trust(account, ip), now + pw.trustedPairMs, pw.trustedPairMs)
      : undefined,
  ]);
  return [event];
}
