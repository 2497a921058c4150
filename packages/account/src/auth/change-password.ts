import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext, RequestMeta } from '../context/auth-context.js';
import { passwordContextOf } from '../_lib/account-pii.js';
import { accountParty, journalDraft } from '../_lib/journal-draft.js';
import { hashNewPassword } from '../_lib/new-password.js';
import { notifyAccount } from '../_lib/notify.js';
import { checkPassword } from '../_lib/password-check.js';
import { passwordRefusal } from '../_lib/password-refusal.js';
import { requireSession } from '../_lib/require-session.js';
import { revokeSessions } from '../_lib/sessions.js';
import { lockOut } from '../steps/lock-out.js';
import { loadAccount, runAccountStep } from '../steps/run-account-step.js';
import { journalFailure } from './_lib/journal-failure.js';
import { onNewPassword } from './_lib/login-rules.js';
import { authInputSchemas, type AuthInput } from './auth-input-schemas.js';
import type { PasswordChanged } from './auth-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Changes the password `{ currentPassword, newPassword, endOtherSessions? }`: the current one
 * is checked like a login (wrong ones count towards the lock), the new one must pass the
 * password policy and differ from the recent ones (OTP-4); the other sessions end by default.
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @param input - `{ currentPassword, newPassword, endOtherSessions? }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns when the password changed and how many other sessions ended
 * @example
 * ```ts
 * const r = await changePassword(ctx, auth, { currentPassword: old, newPassword: next }, { ip });
 * ```
 */
export async function changePassword(
  ctx: AccountContext,
  auth: AuthContext,
  input: AuthInput<'changePassword'>,
  meta: RequestMeta = {},
): Promise<Result<PasswordChanged, AccountIssueCode>> {
  const read = readInput(authInputSchemas.changePassword, input);
  if (!read.success) return read;
  const session = await requireSession(ctx, auth);
  if (!session.success) return session;
  const account = await loadAccount(ctx, auth.accountId);
  if (account === undefined) return fail(issue('session.invalid', []));
  const current = await checkPassword(ctx, account.id, account, read.data.currentPassword, meta.ip);
  if (current.outcome.kind !== 'allowed') {
    await journalFailure(ctx, account, meta, 'password_change_wrong_current');
    await lockOut(ctx, account.id, current.events);
    return fail(
      passwordRefusal(current.outcome, issue('auth.wrong_password', ['currentPassword'])),
    );
  }
  const hashed = await hashNewPassword(
    ctx,
    read.data.newPassword,
    passwordContextOf(ctx, account),
    [
      account.password.hash,
      ...account.password.previous.slice(0, Math.max(0, ctx.policy.passwordHistory - 1)),
    ],
  );
  if (!hashed.success) return fail(onNewPassword(hashed.issues));
  const endOthers = read.data.endOtherSessions ?? true;
  return runAccountStep(ctx, account.id, accountParty(account.id), async (fresh, now) => {
    const others = endOthers ? fresh.sessionIds.filter((id) => id !== auth.sessionId) : [];
    return {
      result: ok({ changedAt: now, endedSessions: others.length }, hashed.warnings),
      account: {
        ...fresh,
        password: {
          hash: hashed.data,
          changedAt: now,
          previous: [fresh.password.hash, ...fresh.password.previous].slice(
            0,
            ctx.policy.passwordHistory,
          ),
        },
        sessionIds: fresh.sessionIds.filter((id) => !others.includes(id)),
        updatedAt: now,
      },
      journal: [journalDraft('auth.password_changed', { endedSessions: others.length })],
      after: async (written) => {
        await revokeSessions(ctx, others, 'ended_by_other', now);
        await notifyAccount(ctx, written, { code: 'notice.password_changed', purpose: 'notice' });
      },
    };
  });
}
