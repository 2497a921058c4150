import { createId, retryOnConflict } from '@kabinet/core';
import type { AccountLevel, SessionRecord, Stored } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import type { RequestMeta, TokenPair } from '../context/auth-context.js';
import { hashSecret, newSecret } from './secrets.js';

/** Why a session can no longer be used, or `undefined` when it is live. */
export function sessionProblem(
  session: SessionRecord,
  now: number,
  idleMs: number,
): 'revoked' | 'idle' | 'absolute' | undefined {
  if (session.revokedAt !== undefined) return 'revoked';
  if (now >= session.absoluteExpiresAt) return 'absolute';
  if (now >= session.lastSeenAt + idleMs) return 'idle';
  return undefined;
}

/** Signs an access token for a session and pairs it with the refresh token. */
export async function tokenPair(
  ctx: AccountContext,
  session: SessionRecord,
  refreshSecret: string,
  now: number,
): Promise<TokenPair> {
  const accessToken = await ctx.accessTokens.sign({
    accountId: session.accountId,
    sessionId: session.id,
    level: session.level,
  });
  return {
    accessToken,
    accessTokenExpiresAt: Math.floor((now + ctx.policy.accessTokenTtlMs) / 1000) * 1000,
    refreshToken: `${session.id}.${refreshSecret}`,
    sessionId: session.id,
    sessionExpiresAt: session.absoluteExpiresAt,
  };
}

/** Creates a live session with a new id (S-10: a new id on every login and level change). */
export async function openSession(
  ctx: AccountContext,
  input: {
    accountId: string;
    level: AccountLevel;
    meta: RequestMeta;
    now: number;
    absoluteExpiresAt?: number;
    id?: string;
    secret?: string;
  },
): Promise<{ session: Stored<SessionRecord>; tokens: TokenPair }> {
  const { now } = input;
  const secret = input.secret ?? newSecret(ctx.random);
  const absoluteExpiresAt = input.absoluteExpiresAt ?? now + ctx.policy.sessionAbsoluteMs;
  const record: SessionRecord = {
    id: input.id ?? createId('ses', now, ctx.random),
    accountId: input.accountId,
    createdAt: now,
    lastSeenAt: now,
    absoluteExpiresAt,
    expiresAt: absoluteExpiresAt,
    level: input.level,
    ...(input.meta.ip === undefined ? {} : { ip: input.meta.ip }),
    ...(input.meta.userAgent === undefined
      ? {}
      : { userAgent: input.meta.userAgent.slice(0, 300) }),
    refreshHash: hashSecret(secret),
    usedRefreshHashes: [],
    authenticatedAt: now,
  };
  const session = await ctx.stores.sessions.create(record);
  return { session, tokens: await tokenPair(ctx, session, secret, now) };
}

/** Marks sessions revoked (idempotent; a missing or already revoked session is skipped). */
export async function revokeSessions(
  ctx: AccountContext,
  ids: readonly string[],
  reason: NonNullable<SessionRecord['revokeReason']>,
  now: number,
): Promise<number> {
  let count = 0;
  for (const id of ids) {
    const revoked = await retryOnConflict(ctx.policy.conflictRetries, async () => {
      const session = await ctx.stores.sessions.get(id);
      if (session === undefined || session.revokedAt !== undefined) return false;
      const { version, ...plain } = session;
      await ctx.stores.sessions.update(
        {
          ...plain,
          revokedAt: now,
          revokeReason: reason,
          expiresAt: Math.min(plain.absoluteExpiresAt, now + ctx.policy.sessionIdleMs),
        },
        version,
      );
      return true;
    });
    if (revoked) count++;
  }
  return count;
}

/** The ids of an account's sessions that are still live, oldest first. */
export async function liveSessions(
  ctx: AccountContext,
  ids: readonly string[],
  now: number,
): Promise<Stored<SessionRecord>[]> {
  const out: Stored<SessionRecord>[] = [];
  for (const id of ids) {
    const s = await ctx.stores.sessions.get(id);
    if (s !== undefined && sessionProblem(s, now, ctx.policy.sessionIdleMs) === undefined)
      out.push(s);
  }
  return out.sort((a, b) => a.createdAt - b.createdAt);
}
