import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import { checkView } from '../../_lib/identity-view.js';
import type { SupportAccountView } from '../support-views.js';

/** The account as support sees it, with its password lock from `@kabinet/lockout`. */
export async function supportView(
  ctx: AccountContext,
  account: AccountRecord,
): Promise<SupportAccountView> {
  const lock = await ctx.lockout.accountStatus(account.id);
  return {
    accountId: account.id,
    userType: account.userType,
    lifecycle: account.lifecycle,
    level: account.level,
    phone: account.phone.masked,
    email: account.email.masked,
    lock: { locked: lock.locked, failures: lock.failures },
    checks: account.identityChecks.map(checkView),
    sessions: account.sessionIds.length,
    ...(account.blockReason === undefined ? {} : { blockReason: account.blockReason }),
  };
}
