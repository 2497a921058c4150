import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { RequestMeta } from '../../context/auth-context.js';
import { accountParty } from '../../_lib/journal-draft.js';

/**
 * Journals a failed login step of an account (`account.login.failed`, with why): the password
 * check (`method` `password`) or the second factor (`password+totp`, …), with the client's IP
 * and User-Agent like the success entry.
 */
export async function journalFailure(
  ctx: AccountContext,
  account: AccountRecord,
  meta: RequestMeta,
  reason: string,
  method = 'password',
): Promise<void> {
  await ctx.journal.append({
    actor: accountParty(account.id),
    action: 'account.login.failed',
    subject: accountParty(account.id),
    payload: {
      ip: meta.ip ?? 'unknown',
      ...(meta.userAgent === undefined ? {} : { userAgent: meta.userAgent.slice(0, 300) }),
      method,
      reason,
    },
  });
}
