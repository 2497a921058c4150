import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { passwordContextOf } from '../_lib/account-pii.js';
import { accountParty, journalDraft } from '../_lib/journal-draft.js';
import { hashNewPassword } from '../_lib/new-password.js';
import { notifyAccount } from '../_lib/notify.js';
import { hashSecret, splitToken } from '../_lib/secrets.js';
import { revokeSessions } from '../_lib/sessions.js';
import { loadAccount, runAccountStep } from '../steps/run-account-step.js';
import { onNewPassword } from './_lib/login-rules.js';
import { authInputSchemas, type AuthInput } from './auth-input-schemas.js';
import type { AccessRecovered } from './auth-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Finishes an access recovery support started (ACC-9) `{ token, newPassword }`: a new
 * password, every session ended, the second factor back to SMS (the lost device is dropped);
 * the next login still needs a second factor (ASVS 6.4.3).
 *
 * @param ctx - the account context
 * @param input - `{ token, newPassword }`, validated at run time
 * @returns when access was recovered
 * @example
 * ```ts
 * const r = await recoverAccess(ctx, { token: tokenFromLetter, newPassword });
 * ```
 */
export async function recoverAccess(
  ctx: AccountContext,
  input: AuthInput<'recoverAccess'>,
): Promise<Result<AccessRecovered, AccountIssueCode>> {
  const read = readInput(authInputSchemas.recoverAccess, input);
  if (!read.success) return read;
  const parts = splitToken(read.data.token, 'acc');
  const tokenHash = hashSecret(parts?.secret ?? '');
  const expiredToken = fail(issue('auth.recovery_invalid', ['token']));
  const account = parts === undefined ? undefined : await loadAccount(ctx, parts.id);
  if (
    account?.recovery === undefined ||
    account.recovery.tokenHash !== tokenHash ||
    account.recovery.expiresAt <= ctx.clock.now()
  )
    return expiredToken;
  const hashed = await hashNewPassword(
    ctx,
    read.data.newPassword,
    passwordContextOf(ctx, account),
    [account.password.hash, ...account.password.previous],
  );
  if (!hashed.success) return fail(onNewPassword(hashed.issues));
  return runAccountStep(ctx, account.id, accountParty(account.id), async (current, now) => {
    if (current.recovery?.tokenHash !== tokenHash || current.recovery.expiresAt <= now)
      return { result: expiredToken };
    const { recovery: _r, ...rest } = current;
    const ended = current.sessionIds;
    return {
      result: ok({ recoveredAt: now }, hashed.warnings),
      account: {
        ...rest,
        password: {
          hash: hashed.data,
          changedAt: now,
          previous: [current.password.hash, ...current.password.previous].slice(
            0,
            ctx.policy.passwordHistory,
          ),
        },
        secondFactor: { method: 'sms' },
        sessionIds: [],
        updatedAt: now,
      },
      journal: [
        journalDraft('auth.access_recovered', {
          operator: current.recovery.operatorId,
          endedSessions: ended.length,
        }),
      ],
      after: async (written) => {
        await revokeSessions(ctx, ended, 'account_disabled', now);
        await notifyAccount(ctx, written, { code: 'notice.password_changed', purpose: 'notice' });
      },
    };
  });
}
