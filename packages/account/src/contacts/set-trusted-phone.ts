import { maskPhone, ok, readInput, type Result } from '@kabinet/core';
import { parsePhone } from '@kabinet/validators/phone';
import type { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { piiContext } from '../_lib/contact-values.js';
import { contactInputSchemas } from './contact-input-schemas.js';
import type { ContactsView } from './contacts-views.js';
import { editExtra } from './_lib/edit-extra.js';
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
  input: z.input<typeof contactInputSchemas.setTrustedPhone>,
): Promise<Result<ContactsView, AccountIssueCode>> {
  const read = readInput(contactInputSchemas.setTrustedPhone, input);
  if (!read.success) return read;
  const phone = parsePhone(read.data.phone, { path: ['phone'] });
  if (!phone.success) return phone;
  const masked = maskPhone(phone.data.e164);
  return editExtra(ctx, auth, 'contact.channel_set', (account) =>
    ok({
      account: {
        ...account,
        extra: {
          ...account.extra,
          trustedPhone: {
            value: ctx.pii.encrypt(
              phone.data.e164,
              piiContext('account', account.id, 'trusted_phone'),
            ),
            masked,
          },
        },
      },
      payload: { channel: 'trusted_phone', masked },
    }),
  );
}
