import type { AccountRecord, Stored } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import { indexForm } from './contact-values.js';

/**
 * The account that owns a phone or e-mail, looked up by its current blind index and then by
 * its index under each retired `blind-index` key, so accounts not yet re-keyed after a key
 * rotation are still found (at login, and when a contact must be unique).
 *
 * @param ctx - the account context
 * @param channel - phone or e-mail
 * @param value - the contact in clear (E.164, or the e-mail as parsed)
 * @param currentIndex - its current index when already computed
 * @returns the owner, or `undefined`
 * @example
 * ```ts
 * const owner = await contactOwner(ctx, 'phone', '+998901234567');
 * ```
 */
export async function contactOwner(
  ctx: AccountContext,
  channel: 'phone' | 'email',
  value: string,
  currentIndex = ctx.blindIndex(channel, indexForm(channel, value)),
): Promise<Stored<AccountRecord> | undefined> {
  return (
    (await ctx.stores.accounts.findByKey(`${channel}:${currentIndex}`)) ??
    retiredKeyOwner(ctx, channel, value)
  );
}

/**
 * The account that owns a phone or e-mail under a retired `blind-index` key only (not yet
 * re-keyed): what the store's unique keys, which hold current indexes, cannot see.
 *
 * @param ctx - the account context
 * @param channel - phone or e-mail
 * @param value - the contact in clear
 * @returns the owner, or `undefined`
 * @example
 * ```ts
 * if ((await retiredKeyOwner(ctx, 'email', 'anna@example.org')) !== undefined) return unavailable();
 * ```
 */
export async function retiredKeyOwner(
  ctx: AccountContext,
  channel: 'phone' | 'email',
  value: string,
): Promise<Stored<AccountRecord> | undefined> {
  for (const index of ctx.blindIndex.retired(channel, indexForm(channel, value))) {
    const found = await ctx.stores.accounts.findByKey(`${channel}:${index}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Whether an account's holder blocked this IP address (ACC-11), under the current or a
 * retired `blind-index` key (an IP block cannot be re-keyed: only its index is stored).
 *
 * @param ctx - the account context
 * @param account - the account
 * @param ip - the client's address
 * @returns `true` when the address is blocked
 * @example
 * ```ts
 * if (isIpBlocked(ctx, account, meta.ip)) return denied;
 * ```
 */
export function isIpBlocked(
  ctx: AccountContext,
  account: Pick<AccountRecord, 'blockedIps'>,
  ip: string,
): boolean {
  if (account.blockedIps.length === 0) return false;
  return (
    account.blockedIps.includes(ctx.blindIndex('ip', ip)) ||
    ctx.blindIndex.retired('ip', ip).some((index) => account.blockedIps.includes(index))
  );
}
