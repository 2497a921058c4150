import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountRecord, Stored } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { AuthContext } from '../../context/auth-context.js';
import { requireSession } from '../../_lib/require-session.js';
import { loadAccount } from '../../steps/run-account-step.js';
import { retryDelayed } from './retry-delayed.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/** The session's account, its delayed registry look-ups retried first, when it may work on its identity. */
export async function ownedAccount(
  ctx: AccountContext,
  auth: AuthContext,
  options: { allowRestricted?: boolean } = {},
): Promise<Result<Stored<AccountRecord>, AccountIssueCode>> {
  const session = await requireSession(ctx, auth);
  if (!session.success) return session;
  await retryDelayed(ctx, auth.accountId);
  const account = await loadAccount(ctx, auth.accountId);
  if (account === undefined) return fail(issue('session.invalid', []));
  const usable =
    account.lifecycle === 'active' ||
    account.lifecycle === 'clarification_requested' ||
    (options.allowRestricted === true && account.lifecycle === 'restricted');
  if (!usable)
    return fail(
      issue(account.lifecycle === 'restricted' ? 'account.restricted' : 'account.not_usable', []),
    );
  return ok(account);
}
