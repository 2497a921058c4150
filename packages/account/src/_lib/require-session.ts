import { fail, issue, ok, type Result } from '@kabinet/core';
import type { SessionRecord, Stored } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { sessionProblem } from './sessions.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Re-checks the session behind an {@link AuthContext}: it exists, belongs to the account
 * and is live. With `fresh`, it must also have authenticated within the re-authentication
 * window (S-11) — otherwise `session.reauth_required`.
 */
export async function requireSession(
  ctx: AccountContext,
  auth: AuthContext,
  options: { fresh?: boolean } = {},
): Promise<Result<Stored<SessionRecord>, AccountIssueCode>> {
  if (
    typeof auth !== 'object' ||
    auth === null ||
    typeof auth.sessionId !== 'string' ||
    typeof auth.accountId !== 'string'
  ) {
    return fail(issue('session.invalid', []));
  }
  const session = await ctx.stores.sessions.get(auth.sessionId);
  const now = ctx.clock.now();
  if (
    session === undefined ||
    session.accountId !== auth.accountId ||
    sessionProblem(session, now, ctx.policy.sessionIdleMs) !== undefined
  ) {
    return fail(issue('session.invalid', []));
  }
  if (options.fresh === true && now - session.authenticatedAt > ctx.policy.reauthWindowMs) {
    return fail(
      issue('session.reauth_required', [], {
        minutes: Math.round(ctx.policy.reauthWindowMs / 60_000),
      }),
    );
  }
  return ok(session);
}
