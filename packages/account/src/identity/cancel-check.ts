import { ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { advanceCheck } from '../steps/identity-steps.js';
import { checkStep } from './_lib/check-step.js';
import { ownedAccount } from './_lib/owned-account.js';
import { identityInputSchemas, type IdentityInput } from './identity-input-schemas.js';
import type { CheckView } from './identity-views.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Cancels an unfinished check `{ checkId }`.
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @param input - `{ checkId }`, validated at run time
 * @returns the cancelled check
 * @example
 * ```ts
 * await cancelCheck(ctx, auth, { checkId });
 * ```
 */
export async function cancelCheck(
  ctx: AccountContext,
  auth: AuthContext,
  input: IdentityInput<'cancel'>,
): Promise<Result<CheckView, AccountIssueCode>> {
  const read = readInput(identityInputSchemas.cancel, input);
  if (!read.success) return read;
  const account = await ownedAccount(ctx, auth, { allowRestricted: true });
  if (!account.success) return account;
  return checkStep(ctx, auth, 'identity.check_cancelled', async (current, now) => {
    const moved = await advanceCheck(ctx, current, read.data.checkId, 'cancel', {}, now);
    return moved.success ? ok({ ...moved.data, checkId: read.data.checkId }) : moved;
  });
}
