import { fail, issue, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext, RequestMeta } from '../context/auth-context.js';
import type { CodeSent } from '../context/code-sent.js';
import { readContact } from '../_lib/contact-values.js';
import { contactInputSchemas, type ContactInput } from './contact-input-schemas.js';
import { contactsAccount } from './_lib/contacts-account.js';
import { startChange } from './_lib/start-change.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Starts a contact change `{ channel: 'phone' | 'email', value }` (CONTACT-4): needs recent
 * re-authentication (S-11); a code goes to the new value, which must differ from the current one.
 *
 * @param ctx - the account context
 * @param auth - the signed-in, recently re-authenticated session
 * @param input - `{ channel, value }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns where the code went and until when it works
 * @example
 * ```ts
 * const r = await requestContactChange(ctx, auth, { channel: 'phone', value: '+998935554433' });
 * ```
 */
export async function requestContactChange(
  ctx: AccountContext,
  auth: AuthContext,
  input: ContactInput<'requestChange'>,
  meta: RequestMeta = {},
): Promise<Result<CodeSent, AccountIssueCode>> {
  const read = readInput(contactInputSchemas.requestChange, input);
  if (!read.success) return read;
  const contact = readContact(ctx, read.data.channel, read.data.value, ['value']);
  if (!contact.success) return contact;
  const account = await contactsAccount(ctx, auth, true);
  if (!account.success) return account;
  if (account.data[read.data.channel].blindIndex === contact.data.blindIndex)
    return fail(issue('contact.unchanged', ['value']));
  return startChange(ctx, auth, account.data, contact.data, meta);
}
