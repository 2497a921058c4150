import { ok, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import {
  applyLifecycle,
  reconcileLifecycle,
  type AppliedTransition,
} from '../../steps/transitions.js';
import type { OperatorContext } from '../support-views.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/** ACC-8: support clears the lockout counters of every login identifier of the account. */
export async function clearLockout(
  ctx: AccountContext,
  account: AccountRecord,
  operator: OperatorContext,
): Promise<void> {
  await ctx.lockout.unlockBySupport({
    account: account.id,
    identifiers: [
      `phone:${account.phone.blindIndex}`,
      `email:${account.email.blindIndex}`,
      `login:${account.id}`,
    ],
    operator: operator.operatorId,
  });
}

/**
 * Support unblock: a locked or blocked account through the lifecycle table, its block reason
 * dropped, then the clarifications that still apply (ACC-5). Any other lifecycle stays as it is.
 */
export function unblocked(
  account: AccountRecord,
  now: number,
): Result<{ account: AccountRecord; transitions: AppliedTransition[] }, AccountIssueCode> {
  if (account.lifecycle !== 'locked' && account.lifecycle !== 'blocked')
    return ok({ account, transitions: [] });
  const r = applyLifecycle(account, 'support_unblock', now);
  if (!r.success) return r;
  const { blockReason: _b, ...rest } = r.data.account;
  const reconciled = reconcileLifecycle(rest, now);
  return ok({
    account: reconciled.account,
    transitions: [...r.data.transitions, ...reconciled.transitions],
  });
}
