import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { codeOutcomeIssue } from '../_lib/code-outcome.js';
import { piiContext } from '../_lib/contact-values.js';
import { guardCode } from '../_lib/guard-code.js';
import { accountParty, journalDraft } from '../_lib/journal-draft.js';
import { notifyAccount } from '../_lib/notify.js';
import { runAccountStep } from '../steps/run-account-step.js';
import { requireFresh } from './_lib/require-fresh.js';
import { authInputSchemas, type AuthInput } from './auth-input-schemas.js';
import type { BackupCodes } from './auth-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Finishes the authenticator-app enrolment with its first code `{ code }`: TOTP becomes the
 * preferred factor and a new set of backup codes is issued, shown once (S-6, S-11).
 *
 * @param ctx - the account context
 * @param auth - the signed-in, recently re-authenticated session
 * @param input - `{ code }`, validated at run time
 * @returns the backup codes
 * @example
 * ```ts
 * const r = await confirmTotpEnrollment(ctx, auth, { code: '123456' });
 * if (r.success) showOnce(r.data.backupCodes);
 * ```
 */
export async function confirmTotpEnrollment(
  ctx: AccountContext,
  auth: AuthContext,
  input: AuthInput<'totpCode'>,
): Promise<Result<BackupCodes, AccountIssueCode>> {
  const read = readInput(authInputSchemas.totpCode, input);
  if (!read.success) return read;
  const account = await requireFresh(ctx, auth);
  if (!account.success) return account;
  const totp = account.data.secondFactor.totp;
  if (totp === undefined) return fail(issue('auth.totp_not_enrolled', []));
  const secret = ctx.pii.decrypt(totp.secret, piiContext('account', account.data.id, 'totp'));
  const guarded = await guardCode(ctx, `totp:${account.data.id}`, undefined, () =>
    ctx.totp.verify({ accountId: account.data.id, secret, code: read.data.code }),
  );
  if (!guarded.success) return guarded;
  if (guarded.data.outcome !== 'ok') return fail(codeOutcomeIssue(guarded.data.outcome));
  const codes = await ctx.backupCodes.regenerate(account.data.id);
  return runAccountStep(ctx, auth.accountId, accountParty(auth.accountId), async (fresh, now) => {
    if (fresh.secondFactor.totp?.secret !== totp.secret)
      return { result: fail(issue('auth.totp_not_enrolled', [])) };
    return {
      result: ok({ backupCodes: codes.codes }),
      account: {
        ...fresh,
        secondFactor: { method: 'totp', totp: { ...totp, enabledAt: now } },
        updatedAt: now,
      },
      journal: [journalDraft('auth.totp_enabled', { backupCodes: codes.codes.length })],
      after: async (written) =>
        notifyAccount(ctx, written, { code: 'notice.second_factor_changed', purpose: 'notice' }),
    };
  });
}
