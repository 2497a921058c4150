import { fail, isConflict, issue, ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { revokeSessions, sessionProblem } from '../_lib/sessions.js';
import { loadAccount } from '../steps/run-account-step.js';
import { USABLE } from './_lib/session-rules.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Checks an access token and its session: signature and expiry, the session live (idle and
 * absolute limits, S-9), the account usable and at the session's level (S-10). The session's
 * last-seen time moves at most once per `sessionTouchIntervalMs`.
 *
 * @param ctx - the account context
 * @param accessToken - the bearer token as the request carried it
 * @returns who is signed in, or `session.invalid` / `session.level_changed` / a token issue
 * @example
 * ```ts
 * const auth = await authenticate(ctx, request.headers.authorization?.slice(7));
 * if (!auth.success) return unauthorised();
 * ```
 */
export async function authenticate(
  ctx: AccountContext,
  accessToken: unknown,
): Promise<Result<AuthContext, AccountIssueCode>> {
  const claims = await ctx.accessTokens.verify(accessToken as string);
  if (!claims.success) return claims;
  const session = await ctx.stores.sessions.get(claims.data.sessionId);
  const now = ctx.clock.now();
  if (session === undefined || session.accountId !== claims.data.accountId)
    return fail(issue('session.invalid', []));
  const problem = sessionProblem(session, now, ctx.policy.sessionIdleMs);
  if (problem !== undefined) {
    if (problem === 'idle' || problem === 'absolute')
      await revokeSessions(ctx, [session.id], problem, now);
    return fail(issue('session.invalid', []));
  }
  const account = await loadAccount(ctx, session.accountId);
  if (account === undefined || !USABLE.has(account.lifecycle))
    return fail(issue('session.invalid', []));
  if (account.level !== session.level) return fail(issue('session.level_changed', []));
  if (now - session.lastSeenAt >= ctx.policy.sessionTouchIntervalMs) {
    const { version, ...plain } = session;
    try {
      await ctx.stores.sessions.update({ ...plain, lastSeenAt: now }, version);
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }
  return ok({
    accountId: account.id,
    sessionId: session.id,
    level: account.level,
    lifecycle: account.lifecycle,
    authenticatedAt: session.authenticatedAt,
  });
}
