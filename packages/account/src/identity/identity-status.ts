import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { loadAccount } from '../steps/run-account-step.js';
import { identityView } from '../_lib/identity-view.js';
import { requireSession } from '../_lib/require-session.js';
import { retryDelayed } from './_lib/retry-delayed.js';
import type { IdentityView } from './identity-views.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * The identity view of the session's account; delayed registry look-ups whose time has come
 * are retried first (OTP-7).
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @returns the documents, the checks and what the account can do next
 * @example
 * ```ts
 * const r = await identityStatus(ctx, auth);
 * if (r.success) render(r.data);
 * ```
 */
export async function identityStatus(
  ctx: AccountContext,
  auth: AuthContext,
): Promise<Result<IdentityView, AccountIssueCode>> {
  const session = await requireSession(ctx, auth);
  if (!session.success) return session;
  await retryDelayed(ctx, auth.accountId);
  const account = await loadAccount(ctx, auth.accountId);
  return account === undefined
    ? fail(issue('session.invalid', []))
    : ok(identityView(ctx, account));
}
