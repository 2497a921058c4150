import type { SessionRecord, Stored } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import { hashSecret, splitToken } from '../../_lib/secrets.js';

/** The pending login (awaiting its second factor) a login token names, or `undefined` when it is unknown, spent or out of time. */
export async function findPending(
  ctx: AccountContext,
  token: string,
): Promise<Stored<SessionRecord> | undefined> {
  const parts = splitToken(token, 'ses');
  if (parts === undefined) return undefined;
  const pending = await ctx.stores.sessions.get(parts.id);
  if (
    pending === undefined ||
    pending.stage !== 'second_factor' ||
    pending.secondFactor === undefined
  )
    return undefined;
  if (
    pending.secondFactor.tokenHash !== hashSecret(parts.secret) ||
    pending.revokedAt !== undefined
  )
    return undefined;
  if (ctx.clock.now() >= pending.absoluteExpiresAt) return undefined;
  return pending;
}
