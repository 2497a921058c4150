import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { notifyAccount } from '../_lib/notify.js';
import { loadAccount, runAccountStep } from '../steps/run-account-step.js';
import { supportInputSchemas, type SupportInput } from './support-input-schemas.js';
import type { OperatorContext, SupportAccountView } from './support-views.js';
import { clearLockout, unblocked } from './_lib/lift-lock.js';
import { operatorParty, readOperatorInput } from './_lib/operator-input.js';
import { supportView } from './_lib/support-view.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Lifts a lock or a block `{ accountId, reason? }` (ACC-8): the lockout counters are cleared,
 * a locked or blocked account becomes usable again (open clarifications apply again), the
 * holder is told and it is journaled with the operator as actor.
 *
 * @param ctx - the account context
 * @param operator - the operator acting
 * @param input - `{ accountId, reason? }`, validated at run time
 * @returns the account after the unblock, or `account.not_found`
 * @example
 * ```ts
 * await unblockAccount(ctx, { operatorId: 'op_17' }, { accountId, reason: 'identity checked by phone' });
 * ```
 */
export async function unblockAccount(
  ctx: AccountContext,
  operator: OperatorContext,
  input: SupportInput<'unblock'>,
): Promise<Result<SupportAccountView, AccountIssueCode>> {
  const read = readOperatorInput(operator, supportInputSchemas.unblock, input);
  if (!read.success) return read;
  const account = await loadAccount(ctx, read.data.accountId);
  if (account === undefined) return fail(issue('account.not_found', ['accountId']));
  await clearLockout(ctx, account, operator);
  const r = await runAccountStep(ctx, account.id, operatorParty(operator), async (current, now) => {
    const u = unblocked(current, now);
    if (!u.success) return { result: u };
    return {
      result: ok(u.data.account),
      account: { ...u.data.account, updatedAt: now },
      journal: [
        {
          action: 'support.account_unblocked',
          payload: {
            transitions: u.data.transitions.map((t) => ({ ...t })),
            ...(read.data.reason === undefined ? {} : { reason: read.data.reason }),
          },
        },
      ],
      after: async (written) =>
        notifyAccount(ctx, written, { code: 'notice.account_unblocked', purpose: 'notice' }),
    };
  });
  return r.success ? ok(await supportView(ctx, r.data)) : r;
}
