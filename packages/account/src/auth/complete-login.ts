import { fail, isConflict, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { RequestMeta } from '../context/auth-context.js';
import { piiContext } from '../_lib/contact-values.js';
import { codeOutcomeIssue } from '../_lib/code-outcome.js';
import { guardCode } from '../_lib/guard-code.js';
import { journalFailure } from './_lib/journal-failure.js';
import { loadAccount } from '../steps/run-account-step.js';
import { findPending } from './_lib/find-pending.js';
import { finishLogin } from './_lib/finish-login.js';
import { LOGIN_OK, loginExpired } from './_lib/login-rules.js';
import { authInputSchemas, type AuthInput } from './auth-input-schemas.js';
import type { LoginCompleted } from './auth-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Completes a pending login `{ loginToken, method, code }` with its second factor (OTP-6) and
 * opens a session with a new id. Wrong codes are counted per account (OTP-3), and the pending
 * login is spent once: two devices cannot both finish it.
 *
 * @param ctx - the account context
 * @param input - `{ loginToken, method, code }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns the new session's tokens
 * @example
 * ```ts
 * const done = await completeLogin(ctx, { loginToken, method: 'totp', code: '123456' }, { ip });
 * if (done.success) setCookies(done.data.tokens);
 * ```
 */
export async function completeLogin(
  ctx: AccountContext,
  input: AuthInput<'completeLogin'>,
  meta: RequestMeta = {},
): Promise<Result<LoginCompleted, AccountIssueCode>> {
  const read = readInput(authInputSchemas.completeLogin, input);
  if (!read.success) return read;
  const { method, code } = read.data;
  const pending = await findPending(ctx, read.data.loginToken);
  if (pending === undefined) return loginExpired();
  if (!pending.methods.includes(method)) return fail(issue('auth.method_unavailable', ['method']));
  const account = await loadAccount(ctx, pending.accountId);
  if (account === undefined || !LOGIN_OK.has(account.lifecycle)) return loginExpired();
  // OTP-3: the block is keyed on the account, so a new code or a new login resets nothing.
  const guarded = await guardCode(
    ctx,
    `login:${account.id}`,
    meta.ip,
    async (): Promise<{ outcome: string }> => {
      if (method === 'sms' || method === 'email') {
        if (pending.challengeId === undefined) return { outcome: 'expired' };
        return ctx.otp.verify({ challengeId: pending.challengeId, sessionId: pending.id, code });
      }
      if (method === 'totp') {
        const totp = account.secondFactor.totp;
        if (totp?.enabledAt === undefined) return { outcome: 'not_enrolled' };
        const secret = ctx.pii.decrypt(totp.secret, piiContext('account', account.id, 'totp'));
        const r = await ctx.totp.verify({ accountId: account.id, secret, code });
        // A replayed code is as wrong as a wrong one to the client and the counters (S-6).
        return r.outcome === 'replayed' ? { outcome: 'wrong' } : r;
      }
      return ctx.backupCodes.verify({ accountId: account.id, code });
    },
  );
  if (!guarded.success) return guarded;
  const verdict = guarded.data.outcome;
  if (verdict !== 'ok') {
    await journalFailure(ctx, account, meta, `code_${verdict}`, `password+${method}`);
    return fail(
      verdict === 'not_enrolled'
        ? issue('auth.totp_not_enrolled', ['code'])
        : codeOutcomeIssue(verdict),
    );
  }
  try {
    // The pending login is spent by one versioned delete: two devices cannot both finish it.
    await ctx.stores.pendingLogins.delete(pending.id, pending.version);
  } catch (error) {
    if (isConflict(error)) return loginExpired();
    throw error;
  }
  const done = await finishLogin(ctx, account, meta, `password+${method}`, pending.priorFailures);
  return done.success ? ok({ tokens: done.data }) : done;
}
