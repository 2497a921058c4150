import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import type { ContactsView } from './contacts-views.js';
import { editExtra } from './_lib/edit-extra.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Removes the trusted person's phone; without one it is `contact.no_pending_change`.
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @returns the contacts after the change
 * @example
 * ```ts
 * const r = await removeTrustedPhone(ctx, auth);
 * ```
 */
export async function removeTrustedPhone(
  ctx: AccountContext,
  auth: AuthContext,
): Promise<Result<ContactsView, AccountIssueCode>> {
  return editExtra(ctx, auth, 'contact.channel_removed', (account) => {
    if (account.extra.trustedPhone === undefined)
      return fail(issue('contact.no_pending_change', []));
    const { trustedPhone: _t, ...extra } = account.extra;
    return ok({ account: { ...account, extra }, payload: { channel: 'trusted_phone' } });
  });
}
