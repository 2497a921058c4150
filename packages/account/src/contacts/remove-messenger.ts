import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { contactInputSchemas, type ContactInput } from './contact-input-schemas.js';
import type { ContactsView } from './contacts-views.js';
import { editExtra } from './_lib/edit-extra.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Removes a messenger `{ kind }`; one the account does not have is
 * `contact.no_pending_change` at `kind`.
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @param input - `{ kind }`, validated at run time
 * @returns the contacts after the change
 * @example
 * ```ts
 * const r = await removeMessenger(ctx, auth, { kind: 'viber' });
 * ```
 */
export async function removeMessenger(
  ctx: AccountContext,
  auth: AuthContext,
  input: ContactInput<'removeMessenger'>,
): Promise<Result<ContactsView, AccountIssueCode>> {
  const read = readInput(contactInputSchemas.removeMessenger, input);
  if (!read.success) return read;
  const { kind } = read.data;
  return editExtra(ctx, auth, 'contact.channel_removed', (account) =>
    account.extra.messengers.some((m) => m.kind === kind)
      ? ok({
          account: {
            ...account,
            extra: {
              ...account.extra,
              messengers: account.extra.messengers.filter((m) => m.kind !== kind),
            },
          },
          payload: { channel: kind },
        })
      : fail(issue('contact.no_pending_change', ['kind'])),
  );
}
