import type { Result } from '@kabinet/core';
import type { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import type { supportInputSchemas } from './support-input-schemas.js';
import type { OperatorContext, SupportAccountView } from './support-views.js';
import { disableAccount } from './_lib/disable-account.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Closes an account for good `{ accountId, reason }` (on the holder's request): every session
 * ends; `closed` is final.
 *
 * @param ctx - the account context
 * @param operator - the operator acting
 * @param input - `{ accountId, reason }`, validated at run time
 * @returns the closed account, or `state.transition_not_allowed`
 * @example
 * ```ts
 * await closeAccount(ctx, { operatorId: 'op_17' }, { accountId, reason: 'holder left Russia' });
 * ```
 */
export function closeAccount(
  ctx: AccountContext,
  operator: OperatorContext,
  input: z.input<typeof supportInputSchemas.block>,
): Promise<Result<SupportAccountView, AccountIssueCode>> {
  return disableAccount(ctx, operator, input, {
    event: 'close',
    action: 'support.account_closed',
    rejected: 'support.account_close_rejected',
    keepReason: false,
  });
}
