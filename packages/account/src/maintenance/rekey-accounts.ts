import type { Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { OperatorContext } from '../support/support-views.js';
import { accountKeys } from '../_lib/account-keys.js';
import { rekeyAccount } from '../_lib/rekey-account.js';
import type { MaintenanceInput } from './maintenance-input-schemas.js';
import type { RekeyReport } from './maintenance-results.js';
import { rekeyPass } from './_lib/rekey-pass.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * After a rotation of the `pii-encryption` or `blind-index` key, re-seals every encrypted field
 * of every account under the current key and recomputes its contact blind indexes (S-12,
 * ACC-10); the run is journaled as `accounts.rekeyed`.
 *
 * @param ctx - the account context
 * @param operator - the operator running it
 * @param input - `{ batchSize?, cursor?, limit? }`, validated at run time
 * @returns the run's report
 * @example
 * ```ts
 * const run = await rekeyAccounts(ctx, { operatorId: 'ops_7' }, { limit: 10_000 });
 * ```
 */
export function rekeyAccounts(
  ctx: AccountContext,
  operator: OperatorContext,
  input: MaintenanceInput<'rekey'> = {},
): Promise<Result<RekeyReport, AccountIssueCode>> {
  return rekeyPass(ctx, operator, input, {
    store: ctx.stores.accounts,
    rekey: (account) => rekeyAccount(ctx, account),
    options: (account) => ({ uniqueKeys: accountKeys(account) }),
    action: 'accounts.rekeyed',
  });
}
