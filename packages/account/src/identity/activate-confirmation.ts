import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { advanceCheck } from '../steps/identity-steps.js';
import { loadAccount } from '../steps/run-account-step.js';
import { checkStep } from './_lib/check-step.js';
import { hashSecret, splitToken } from '../_lib/secrets.js';
import { identityInputSchemas, type IdentityInput } from './identity-input-schemas.js';
import type { CheckView } from './identity-views.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Uses the activation link sent by SMS after an in-person visit `{ token }` (no session
 * needed); an unknown, used or expired token is `identity.code_expired`.
 *
 * @param ctx - the account context
 * @param input - `{ token }`, validated at run time
 * @returns the confirmed check
 * @example
 * ```ts
 * await activateConfirmation(ctx, { token: tokenFromLink });
 * ```
 */
export async function activateConfirmation(
  ctx: AccountContext,
  input: IdentityInput<'activate'>,
): Promise<Result<CheckView, AccountIssueCode>> {
  const read = readInput(identityInputSchemas.activate, input);
  if (!read.success) return read;
  const parts = splitToken(read.data.token, 'acc');
  const account = parts === undefined ? undefined : await loadAccount(ctx, parts.id);
  const check = account?.identityChecks.find(
    (c) =>
      c.kind === 'in_person' &&
      c.state === 'activation_sent' &&
      c.secretHash === hashSecret(parts?.secret ?? ''),
  );
  if (
    account === undefined ||
    check === undefined ||
    (check.secretExpiresAt ?? 0) <= ctx.clock.now()
  )
    return fail(issue('identity.code_expired', ['token']));
  return checkStep(
    ctx,
    { accountId: account.id },
    'identity.activation_used',
    async (current, now) => {
      const moved = await advanceCheck(ctx, current, check.id, 'activation_used', {}, now);
      return moved.success ? ok({ ...moved.data, checkId: check.id }) : moved;
    },
  );
}
