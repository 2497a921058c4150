import type { AccountContext } from '../context/account-context.js';
import type { OperatorContext } from '../support/support-views.js';
import type { MaintenanceInput } from './maintenance-input-schemas.js';
import type { RekeyReport } from './maintenance-results.js';
import { rekeyAccounts } from './rekey-accounts.js';
import { rekeyDrafts } from './rekey-drafts.js';
import type { AccountResult } from '../messages/account-result.js';

export type { RecordNotRekeyed, RekeyReport } from './maintenance-results.js';

/** Key-rotation maintenance, run by an operator (a back-office job; there is no HTTP route). */
export interface MaintenanceService {
  /**
   * After a rotation of the `pii-encryption` or `blind-index` key, re-seals every encrypted
   * field of every account under the current key and recomputes its contact blind indexes.
   * Input `{ batchSize?, cursor?, limit? }` (batch 1–1000, default 100; `limit` stops the run
   * early with a `nextCursor`). Safe to run while the portal serves: each account is written
   * with its version and re-read on a conflict; a second run finds nothing to do.
   */
  rekeyAccounts(
    operator: OperatorContext,
    input?: MaintenanceInput<'rekey'>,
  ): Promise<AccountResult<RekeyReport>>;
  /** The same for registration drafts (personal data, documents, contacts); same input. */
  rekeyDrafts(
    operator: OperatorContext,
    input?: MaintenanceInput<'rekey'>,
  ): Promise<AccountResult<RekeyReport>>;
}

/**
 * Creates the maintenance service: the re-keying passes that complete a key rotation of
 * personal data (S-12, ACC-10). When both passes report every record scanned and none
 * failed, the retired keys can be removed from the key provider.
 *
 * @param ctx - the account context
 * @returns the service
 * @example
 * ```ts
 * const maintenance = createMaintenanceService(ctx);
 * for (const pass of [maintenance.rekeyAccounts, maintenance.rekeyDrafts]) {
 *   let cursor: string | undefined;
 *   do {
 *     const run = await pass({ operatorId: 'ops_7' }, { cursor, limit: 10_000 });
 *     if (!run.success) throw new Error(run.issues[0]!.code);
 *     for (const f of run.data.failed) console.warn(f.id, f.reason);
 *     cursor = run.data.nextCursor;
 *   } while (cursor !== undefined);
 * }
 * ```
 */
export function createMaintenanceService(ctx: AccountContext): MaintenanceService {
  return {
    rekeyAccounts: (operator, input) => rekeyAccounts(ctx, operator, input),
    rekeyDrafts: (operator, input) => rekeyDrafts(ctx, operator, input),
  };
}
