import type { AccountContext } from '@kabinet/account';
import type { ContactDirectory } from '@kabinet/services';

/**
 * The notification centre's contact directory over the accounts: an account's confirmed phone
 * and e-mail, decrypted when a delivery is sent (never stored with the notice, S-12).
 * `undefined` for an account that does not exist; an unconfirmed contact is left out.
 *
 * @param ctx - the account context (its store and PII cipher)
 * @returns the directory
 * @example
 * ```ts
 * const contacts = noticeContactsOf(ctx);
 * await contacts('acc_1'); // { phone: '+79161234567', email: 'user@example.com' }
 * ```
 */
export function noticeContactsOf(ctx: AccountContext): ContactDirectory {
  return async (accountId) => {
    const account = await ctx.stores.accounts.get(accountId);
    if (account === undefined) return undefined;
    const open = (channel: 'phone' | 'email'): string | undefined =>
      account[channel].confirmedAt === undefined
        ? undefined
        : ctx.pii.decrypt(account[channel].value, `account:${account.id}:${channel}`);
    const phone = open('phone');
    const email = open('email');
    return { ...(phone === undefined ? {} : { phone }), ...(email === undefined ? {} : { email }) };
  };
}
