import { fail, retryOnConflict, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { RequestMeta } from '../context/auth-context.js';
import { accountParty } from '../_lib/journal-draft.js';
import { loadAccount } from '../steps/run-account-step.js';
import { findPending } from './_lib/find-pending.js';
import { LOGIN_OK, loginExpired } from './_lib/login-rules.js';
import { sendCode } from './_lib/send-code.js';
import { authInputSchemas, type AuthInput } from './auth-input-schemas.js';
import type { LoginCodeSent } from './auth-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Sends (or re-sends) the code of a pending login `{ loginToken, method: 'sms' | 'email' }`,
 * within the send limits (S-5); the new code replaces the old one.
 *
 * @param ctx - the account context
 * @param input - `{ loginToken, method }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns where the code went (masked) and until when it works
 * @example
 * ```ts
 * const sent = await sendLoginCode(ctx, { loginToken, method: 'email' }, { ip });
 * ```
 */
export async function sendLoginCode(
  ctx: AccountContext,
  input: AuthInput<'sendLoginCode'>,
  meta: RequestMeta = {},
): Promise<Result<LoginCodeSent, AccountIssueCode>> {
  const read = readInput(authInputSchemas.sendLoginCode, input);
  if (!read.success) return read;
  const pending = await findPending(ctx, read.data.loginToken);
  if (pending === undefined) return loginExpired();
  if (!pending.methods.includes(read.data.method))
    return fail(issue('auth.method_unavailable', ['method']));
  const account = await loadAccount(ctx, pending.accountId);
  if (account === undefined || !LOGIN_OK.has(account.lifecycle)) return loginExpired();
  const sent = await sendCode(
    ctx,
    account,
    pending.id,
    read.data.method,
    meta,
    pending.methods.filter((m) => m !== read.data.method),
  );
  if (!sent.success) return sent;
  const pendingGone = await retryOnConflict(ctx.policy.conflictRetries, async () => {
    const current = await ctx.stores.pendingLogins.get(pending.id);
    if (current === undefined) return true;
    const { version, ...plain } = current;
    await ctx.stores.pendingLogins.update(
      { ...plain, challengeId: sent.data.challengeId },
      version,
    );
    return false;
  });
  if (pendingGone) return loginExpired();
  await ctx.journal.append({
    actor: accountParty(account.id),
    action: 'account.login.code_sent',
    subject: accountParty(account.id),
    payload: { channel: read.data.method },
  });
  return ok({ sentTo: sent.data.sentTo, expiresAt: sent.data.expiresAt });
}
