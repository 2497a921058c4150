import type { Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { OperatorContext } from '../support/support-views.js';
import { rekeyDraft } from '../_lib/rekey-draft.js';
import type { MaintenanceInput } from './maintenance-input-schemas.js';
import type { RekeyReport } from './maintenance-results.js';
import { rekeyPass } from './_lib/rekey-pass.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Re-seals the registration drafts (personal data, documents, contacts) under the current keys
 * after a key rotation (S-12); the run is journaled as `drafts.rekeyed`.
 *
 * @param ctx - the account context
 * @param operator - the operator running it
 * @param input - `{ batchSize?, cursor?, limit? }`, validated at run time
 * @returns the run's report
 * @example
 * ```ts
 * const run = await rekeyDrafts(ctx, { operatorId: 'ops_7' });
 * ```
 */
export function rekeyDrafts(
  ctx: AccountContext,
  operator: OperatorContext,
  input: MaintenanceInput<'rekey'> = {},
): Promise<Result<RekeyReport, AccountIssueCode>> {
  return rekeyPass(ctx, operator, input, {
    store: ctx.stores.drafts,
    rekey: (draft) => rekeyDraft(ctx, draft),
    options: () => undefined,
    action: 'drafts.rekeyed',
  });
}
