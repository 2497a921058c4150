import { fail, issue, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext, RequestMeta } from '../context/auth-context.js';
import type { CodeSent } from '../context/code-sent.js';
import { contactHistory } from '../_lib/contact-history.js';
import { readContact } from '../_lib/contact-values.js';
import { contactInputSchemas, type ContactInput } from './contact-input-schemas.js';
import { contactsAccount } from './_lib/contacts-account.js';
import { startChange } from './_lib/start-change.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Restores an earlier version `{ channel, seq }` from the contact history (CONTACT-5): like a
 * change, it needs recent re-authentication (S-11) and is confirmed by a code to that value.
 *
 * @param ctx - the account context
 * @param auth - the signed-in, recently re-authenticated session
 * @param input - `{ channel, seq }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns where the code went and until when it works
 * @example
 * ```ts
 * const r = await restoreContact(ctx, auth, { channel: 'email', seq: 2 });
 * ```
 */
export async function restoreContact(
  ctx: AccountContext,
  auth: AuthContext,
  input: ContactInput<'restore'>,
  meta: RequestMeta = {},
): Promise<Result<CodeSent, AccountIssueCode>> {
  const read = readInput(contactInputSchemas.restore, input);
  if (!read.success) return read;
  const account = await contactsAccount(ctx, auth, true);
  if (!account.success) return account;
  const versions = await contactHistory(ctx, auth.accountId, read.data.channel);
  const version = versions.find((v) => v.seq === read.data.seq);
  if (version === undefined) return fail(issue('contact.unknown_version', ['seq']));
  if (version.value === null) return fail(issue('contact.version_erased', ['seq']));
  const contact = readContact(ctx, read.data.channel, version.value, ['seq']);
  if (!contact.success) return contact;
  if (account.data[read.data.channel].blindIndex === contact.data.blindIndex)
    return fail(issue('contact.unchanged', ['seq']));
  return startChange(ctx, auth, account.data, contact.data, meta, version.seq);
}
