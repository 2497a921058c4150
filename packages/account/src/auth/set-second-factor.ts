import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { accountParty, journalDraft } from '../_lib/journal-draft.js';
import { notifyAccount } from '../_lib/notify.js';
import { runAccountStep } from '../steps/run-account-step.js';
import { requireFresh } from './_lib/require-fresh.js';
import { authInputSchemas, type AuthInput } from './auth-input-schemas.js';
import type { SecondFactorSet } from './auth-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Chooses the preferred second factor `{ method }` (S-11): one the policy offers, and TOTP only
 * once enrolled. The holder is told.
 *
 * @param ctx - the account context
 * @param auth - the signed-in, recently re-authenticated session
 * @param input - `{ method }`, validated at run time
 * @returns the method now preferred
 * @example
 * ```ts
 * await setSecondFactor(ctx, auth, { method: 'email' });
 * ```
 */
export async function setSecondFactor(
  ctx: AccountContext,
  auth: AuthContext,
  input: AuthInput<'secondFactor'>,
): Promise<Result<SecondFactorSet, AccountIssueCode>> {
  const read = readInput(authInputSchemas.secondFactor, input);
  if (!read.success) return read;
  const account = await requireFresh(ctx, auth);
  if (!account.success) return account;
  const method = read.data.method;
  if (!ctx.policy.secondFactorMethods.includes(method))
    return fail(issue('auth.method_unavailable', ['method']));
  if (method === 'totp' && account.data.secondFactor.totp?.enabledAt === undefined)
    return fail(issue('auth.totp_not_enrolled', ['method']));
  return runAccountStep(ctx, auth.accountId, accountParty(auth.accountId), async (fresh, now) => ({
    result: ok({ method }),
    account: { ...fresh, secondFactor: { ...fresh.secondFactor, method }, updatedAt: now },
    journal: [journalDraft('auth.second_factor_set', { method })],
    after: async (written) =>
      notifyAccount(ctx, written, { code: 'notice.second_factor_changed', purpose: 'notice' }),
  }));
}
