import { ok, type Result } from '@kabinet/core';
import type { LoginLog } from '@kabinet/audit';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { accountParty } from '../_lib/journal-draft.js';
import { requireSession } from '../_lib/require-session.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * The account's log of logins with IP addresses, newest first, and its blocked IPs (ACC-11,
 * AUD-2).
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @returns the login log
 * @example
 * ```ts
 * const r = await loginLog(ctx, auth);
 * if (r.success) render(r.data.records);
 * ```
 */
export async function loginLog(
  ctx: AccountContext,
  auth: AuthContext,
): Promise<Result<LoginLog, AccountIssueCode>> {
  const current = await requireSession(ctx, auth);
  if (!current.success) return current;
  return ok(await ctx.journal.loginLog(accountParty(auth.accountId)));
}
