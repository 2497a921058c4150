import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { loadAccount } from '../steps/run-account-step.js';
import { endSessions } from './_lib/end-sessions.js';
import { sessionInputSchemas, type SessionInput } from './session-input-schemas.js';
import type { SessionEnded } from './sessions-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Ends one of the account's sessions `{ sessionId }` (ACC-11); another account's session or an
 * unknown id is `session.not_found`.
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @param input - `{ sessionId }`, validated at run time
 * @returns the ended session's id
 * @example
 * ```ts
 * const r = await endSession(ctx, auth, { sessionId: 'ses_01J…' });
 * ```
 */
export async function endSession(
  ctx: AccountContext,
  auth: AuthContext,
  input: SessionInput<'end'>,
): Promise<Result<SessionEnded, AccountIssueCode>> {
  const read = readInput(sessionInputSchemas.end, input);
  if (!read.success) return read;
  const target = read.data.sessionId;
  const account = await loadAccount(ctx, auth?.accountId);
  if (account === undefined || !account.sessionIds.includes(target))
    return fail(issue('session.not_found', ['sessionId']));
  const r = await endSessions(
    ctx,
    auth,
    (ids) => ids.filter((id) => id === target),
    'session.ended',
  );
  return r.success ? ok({ ended: target }) : r;
}
