import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountRecord, Stored } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { AuthContext } from '../../context/auth-context.js';
import { requireSession } from '../../_lib/require-session.js';
import { loadAccount } from '../../steps/run-account-step.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/**
 * The session's account when its contacts may change: active or with a clarification open
 * (`account.restricted` / `account.not_usable` otherwise). With `fresh`, the session must have
 * re-authenticated recently (S-11).
 */
export async function contactsAccount(
  ctx: AccountContext,
  auth: AuthContext,
  fresh: boolean,
): Promise<Result<Stored<AccountRecord>, AccountIssueCode>> {
  const session = await requireSession(ctx, auth, { fresh });
  if (!session.success) return session;
  const account = await loadAccount(ctx, auth.accountId);
  if (account === undefined) return fail(issue('session.invalid', []));
  if (account.lifecycle !== 'active' && account.lifecycle !== 'clarification_requested')
    return fail(
      issue(account.lifecycle === 'restricted' ? 'account.restricted' : 'account.not_usable', []),
    );
  return ok(account);
}
