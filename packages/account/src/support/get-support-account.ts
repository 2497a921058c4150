import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { loadAccount } from '../steps/run-account-step.js';
import { supportInputSchemas, type SupportInput } from './support-input-schemas.js';
import type { OperatorContext, SupportAccountView } from './support-views.js';
import { readOperatorInput } from './_lib/operator-input.js';
import { supportView } from './_lib/support-view.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * The account `{ accountId }` as support sees it: state, level, lock, checks, masked contacts.
 *
 * @param ctx - the account context
 * @param operator - the operator asking
 * @param input - `{ accountId }`, validated at run time
 * @returns the account, or `account.not_found`
 * @example
 * ```ts
 * const r = await getSupportAccount(ctx, { operatorId: 'op_17' }, { accountId: 'acc_01J…' });
 * ```
 */
export async function getSupportAccount(
  ctx: AccountContext,
  operator: OperatorContext,
  input: SupportInput<'account'>,
): Promise<Result<SupportAccountView, AccountIssueCode>> {
  const read = readOperatorInput(operator, supportInputSchemas.account, input);
  if (!read.success) return read;
  const account = await loadAccount(ctx, read.data.accountId);
  return account === undefined
    ? fail(issue('account.not_found', ['accountId']))
    : ok(await supportView(ctx, account));
}
