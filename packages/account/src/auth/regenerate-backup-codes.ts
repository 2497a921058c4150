import { ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { accountParty } from '../_lib/journal-draft.js';
import { notifyAccount } from '../_lib/notify.js';
import { requireFresh } from './_lib/require-fresh.js';
import type { BackupCodes } from './auth-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Issues a new set of backup codes; the old set stops working (S-6, S-11). The holder is told.
 *
 * @param ctx - the account context
 * @param auth - the signed-in, recently re-authenticated session
 * @returns the new codes, shown once
 * @example
 * ```ts
 * const r = await regenerateBackupCodes(ctx, auth);
 * if (r.success) showOnce(r.data.backupCodes);
 * ```
 */
export async function regenerateBackupCodes(
  ctx: AccountContext,
  auth: AuthContext,
): Promise<Result<BackupCodes, AccountIssueCode>> {
  const account = await requireFresh(ctx, auth);
  if (!account.success) return account;
  const codes = await ctx.backupCodes.regenerate(account.data.id);
  await ctx.journal.append({
    actor: accountParty(auth.accountId),
    action: 'auth.backup_codes_regenerated',
    subject: accountParty(auth.accountId),
    payload: { count: codes.codes.length },
  });
  await notifyAccount(ctx, account.data, {
    code: 'notice.second_factor_changed',
    purpose: 'notice',
  });
  return ok({ backupCodes: codes.codes });
}
