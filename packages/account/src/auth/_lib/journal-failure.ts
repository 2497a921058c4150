import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { RequestMeta } from '../../context/auth-context.js';
import { accountParty } from '../../_lib/journal-draft.js';

/** Journals a failed password check of an account (`account.login.failed`, with why). */
export async function journalFailure(
  ctx: AccountContext,
  account: AccountRecord,
  meta: RequestMeta,
  reason: string,
): Promise<void> {
  await ctx.journal.append({
    actor: accountParty(account.id),
    action: 'account.login.failed',
    subject: accountParty(account.id),
    payload: {
      ip: meta.ip ?? 'unknown',
      ...(meta.userAgent === undefined ? {} : { userAgent: meta.userAgent.slice(0, 300) }),
      method: 'password',
      reason,
    },
  });
}
