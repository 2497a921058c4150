import { keyPart } from '../_lib/key-part.js';
import type { AccountLockStatus } from '../service/lockout-service.js';
import type { LockoutContext } from '../steps/lockout-context.js';
import { readLockStatus } from '../steps/read-lock-status.js';

/**
 * An account's lock state now, for support tools.
 *
 * @param ctx - the lockout context
 * @param account - the account key
 * @returns whether it is locked (and until when), its failures and locks in a row
 * @example
 * ```ts
 * const { locked, until } = await accountStatus(ctx, 'acc_1');
 * ```
 */
export async function accountStatus(
  ctx: LockoutContext,
  account: unknown,
): Promise<AccountLockStatus> {
  const key = keyPart(account, 'account');
  return readLockStatus(ctx, key, ctx.clock.now());
}
