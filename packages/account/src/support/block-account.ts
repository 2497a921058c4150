import type { Result } from '@kabinet/core';
import type { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import type { supportInputSchemas } from './support-input-schemas.js';
import type { OperatorContext, SupportAccountView } from './support-views.js';
import { disableAccount } from './_lib/disable-account.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Blocks an account `{ accountId, reason }`: every session ends, logins fail like a wrong
 * password (S-8) until support unblocks it; the reason is kept for support to see.
 *
 * @param ctx - the account context
 * @param operator - the operator acting
 * @param input - `{ accountId, reason }`, validated at run time
 * @returns the blocked account, or `state.transition_not_allowed`
 * @example
 * ```ts
 * await blockAccount(ctx, { operatorId: 'op_17' }, { accountId, reason: 'fraud report' });
 * ```
 */
export function blockAccount(
  ctx: AccountContext,
  operator: OperatorContext,
  input: z.input<typeof supportInputSchemas.block>,
): Promise<Result<SupportAccountView, AccountIssueCode>> {
  return disableAccount(ctx, operator, input, {
    event: 'support_block',
    action: 'support.account_blocked',
    rejected: 'support.account_block_rejected',
    keepReason: true,
  });
}
