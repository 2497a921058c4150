import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { requireSession } from '../_lib/require-session.js';
import { loadAccount } from '../steps/run-account-step.js';
import type { ContactsView } from './contacts-views.js';
import { contactsView } from './_lib/contacts-view.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * The account's contacts, masked: phone, e-mail, messengers, the trusted phone and the changes
 * waiting for their code.
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @returns the contacts, or `session.invalid`
 * @example
 * ```ts
 * const r = await getContacts(ctx, auth);
 * if (r.success) console.log(r.data.phone.masked);
 * ```
 */
export async function getContacts(
  ctx: AccountContext,
  auth: AuthContext,
): Promise<Result<ContactsView, AccountIssueCode>> {
  const session = await requireSession(ctx, auth);
  if (!session.success) return session;
  const account = await loadAccount(ctx, auth.accountId);
  return account === undefined ? fail(issue('session.invalid', [])) : ok(contactsView(account));
}
