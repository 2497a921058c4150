import { ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { endSessions } from './_lib/end-sessions.js';
import type { SessionsEnded } from './sessions-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Ends every session of the account but the current one (ASVS 7.4.3).
 *
 * @param ctx - the account context
 * @param auth - the signed-in session, which stays
 * @returns how many sessions ended
 * @example
 * ```ts
 * const r = await endOtherSessions(ctx, auth);
 * if (r.success) console.log(`${r.data.ended} other sessions ended`);
 * ```
 */
export async function endOtherSessions(
  ctx: AccountContext,
  auth: AuthContext,
): Promise<Result<SessionsEnded, AccountIssueCode>> {
  const r = await endSessions(
    ctx,
    auth,
    (ids) => ids.filter((id) => id !== auth.sessionId),
    'session.others_ended',
  );
  return r.success ? ok({ ended: r.data }) : r;
}
