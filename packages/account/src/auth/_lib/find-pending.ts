import type { PendingLoginRecord, Stored } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import { hashSecret, splitToken } from '../../_lib/secrets.js';

/** The pending login (awaiting its second factor) a login token names, or `undefined` when it is unknown, spent or out of time. */
export async function findPending(
  ctx: AccountContext,
  token: string,
): Promise<Stored<PendingLoginRecord> | undefined> {
  const parts = splitToken(token, 'plg');
  if (parts === undefined) return undefined;
  const pending = await ctx.stores.pendingLogins.get(parts.id);
  if (pending === undefined || pending.tokenHash !== hashSecret(parts.secret)) return undefined;
  if (ctx.clock.now() >= pending.expiresAt) return undefined;
  return pending;
}
