import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { notifyAccount } from '../_lib/notify.js';
import { hashSecret, newSecret } from '../_lib/secrets.js';
import { loadAccount, runAccountStep } from '../steps/run-account-step.js';
import { supportInputSchemas, type SupportInput } from './support-input-schemas.js';
import type { AccessRestoreStarted, OperatorContext } from './support-views.js';
import { clearLockout, unblocked } from './_lib/lift-lock.js';
import { operatorParty, readOperatorInput } from './_lib/operator-input.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Restores access `{ accountId }` (ACC-9): lifts a lock and sends a one-time recovery token by
 * SMS to the registered phone; the holder sets a new password with `auth.recoverAccess`. The
 * token is never the password (ASVS 6.4.1); only its hash is stored.
 *
 * @param ctx - the account context
 * @param operator - the operator acting
 * @param input - `{ accountId }`, validated at run time
 * @returns where the token went and until when it works
 * @example
 * ```ts
 * const r = await restoreAccess(ctx, { operatorId: 'op_17' }, { accountId });
 * ```
 */
export async function restoreAccess(
  ctx: AccountContext,
  operator: OperatorContext,
  input: SupportInput<'account'>,
): Promise<Result<AccessRestoreStarted, AccountIssueCode>> {
  const read = readOperatorInput(operator, supportInputSchemas.account, input);
  if (!read.success) return read;
  const account = await loadAccount(ctx, read.data.accountId);
  if (account === undefined) return fail(issue('account.not_found', ['accountId']));
  await clearLockout(ctx, account, operator);
  const secret = newSecret(ctx.random);
  const token = `${account.id}.${secret}`;
  return runAccountStep(ctx, account.id, operatorParty(operator), async (current, now) => {
    if (current.lifecycle === 'closed' || current.lifecycle === 'contacts_pending')
      return { result: fail(issue('account.not_usable', [])) };
    const u = unblocked(current, now);
    if (!u.success) return { result: u };
    const expiresAt = now + ctx.policy.activationLinkTtlMs;
    return {
      result: ok({ sentTo: current.phone.masked, expiresAt }),
      account: {
        ...u.data.account,
        recovery: { tokenHash: hashSecret(secret), expiresAt, operatorId: operator.operatorId },
        updatedAt: now,
      },
      journal: [
        {
          action: 'support.access_restore_started',
          payload: { transitions: u.data.transitions.map((t) => ({ ...t })) },
        },
      ],
      after: async (written) =>
        notifyAccount(
          ctx,
          written,
          { code: 'notice.access_restored', params: { token }, purpose: 'notice' },
          ['phone'],
        ),
    };
  });
}
