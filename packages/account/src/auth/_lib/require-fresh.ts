import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountRecord, Stored } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { AuthContext } from '../../context/auth-context.js';
import { requireSession } from '../../_lib/require-session.js';
import { loadAccount } from '../../steps/run-account-step.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/** The account of a session that re-authenticated recently (S-11), or `session.invalid` / the freshness issue. */
export async function requireFresh(
  ctx: AccountContext,
  auth: AuthContext,
): Promise<Result<Stored<AccountRecord>, AccountIssueCode>> {
  const session = await requireSession(ctx, auth, { fresh: true });
  if (!session.success) return session;
  const account = await loadAccount(ctx, auth.accountId);
  return account === undefined ? fail(issue('session.invalid', [])) : ok(account);
}
