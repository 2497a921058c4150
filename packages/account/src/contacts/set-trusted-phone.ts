import { maskPhone, readInput, type Result } from '@kabinet/core';
import { parsePhone } from '@kabinet/validators/phone';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { contactInputSchemas, type ContactInput } from './contact-input-schemas.js';
import type { ContactsView } from './contacts-views.js';
import { setExtra } from './_lib/edit-extra.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Sets a trusted person's phone `{ phone }`, checked by the phone rules, stored encrypted.
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @param input - `{ phone }`, validated at run time
 * @returns the contacts after the change
 * @example
 * ```ts
 * const r = await setTrustedPhone(ctx, auth, { phone: '+998901112233' });
 * ```
 */
export async function setTrustedPhone(
  ctx: AccountContext,
  auth: AuthContext,
  input: ContactInput<'setTrustedPhone'>,
): Promise<Result<ContactsView, AccountIssueCode>> {
  const read = readInput(contactInputSchemas.setTrustedPhone, input);
  if (!read.success) return read;
  const phone = parsePhone(read.data.phone, { path: ['phone'] });
  if (!phone.success) return phone;
  const value = phone.data.e164;
  const set = {
    channel: 'trusted_phone',
    piiName: 'trusted_phone',
    value,
    masked: maskPhone(value),
  };
  return setExtra(ctx, auth, set, (extra, stored) => ({ ...extra, trustedPhone: stored }));
}
