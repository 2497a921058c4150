import { ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { endSessions } from './_lib/end-sessions.js';
import type { SessionEnded } from './sessions-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Ends the current session (logout).
 *
 * @param ctx - the account context
 * @param auth - the signed-in session to end
 * @returns the ended session's id
 * @example
 * ```ts
 * await logout(ctx, auth);
 * ```
 */
export async function logout(
  ctx: AccountContext,
  auth: AuthContext,
): Promise<Result<SessionEnded, AccountIssueCode>> {
  const r = await endSessions(
    ctx,
    auth,
    (ids) => ids.filter((id) => id === auth.sessionId),
    'session.logged_out',
  );
  return r.success ? ok({ ended: auth.sessionId }) : r;
}
