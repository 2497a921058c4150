import { createId, fail, ok, readInput, type Result } from '@kabinet/core';
import { refusalReason } from '@kabinet/lockout';
import type { SecondFactorMethod } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import type { RequestMeta } from '../context/auth-context.js';
import { contactOwner, isIpBlocked } from '../_lib/contact-owner.js';
import { readLogin } from '../_lib/contact-values.js';
import { accountParty, journalDraft } from '../_lib/journal-draft.js';
import { checkPassword } from '../_lib/password-check.js';
import { passwordRefusal } from '../_lib/password-refusal.js';
import { hashSecret, newSecret } from '../_lib/secrets.js';
import { lockOut } from '../steps/lock-out.js';
import { runAccountStep } from '../steps/run-account-step.js';
import { expireLock } from './_lib/expire-lock.js';
import { finishLogin } from './_lib/finish-login.js';
import { journalFailure } from './_lib/journal-failure.js';
import { LOGIN_OK, loginDenied, loginKey } from './_lib/login-rules.js';
import { persistRehash } from './_lib/persist-rehash.js';
import { sendCode } from './_lib/send-code.js';
import { authInputSchemas, type AuthInput } from './auth-input-schemas.js';
import type { CodeNotSent, LoginResult, SecondFactorChoice } from './auth-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Checks `{ login, password }` (login: phone or e-mail). Every failure — unknown account, wrong
 * password, locked or blocked account, too many attempts — is the same
 * `auth.invalid_credentials` with comparable timing (S-8). Without a required second factor the
 * session opens at once; otherwise a pending login waits for it (OTP-6) and a code goes to the
 * preferred SMS or e-mail when that is the method.
 *
 * @param ctx - the account context
 * @param input - `{ login, password }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns the session's tokens, or the pending login's token and methods
 * @example
 * ```ts
 * const r = await login(ctx, { login: '+998901234567', password }, { ip });
 * if (r.success && r.data.status === 'second_factor_required') askForCode(r.data.methods);
 * ```
 */
export async function login(
  ctx: AccountContext,
  input: AuthInput<'login'>,
  meta: RequestMeta = {},
): Promise<Result<LoginResult, AccountIssueCode>> {
  const read = readInput(authInputSchemas.login, input);
  if (!read.success) return read;
  const { login, password } = read.data;
  const contact = readLogin(ctx, login);
  let account =
    contact === undefined
      ? undefined
      : await contactOwner(ctx, contact.channel, contact.value, contact.blindIndex);
  if (account?.lifecycle === 'locked') account = (await expireLock(ctx, account.id)) ?? account;
  const key = loginKey(ctx, login, contact, account);
  const blocked =
    account !== undefined && meta.ip !== undefined && isIpBlocked(ctx, account, meta.ip);
  // S-8: unknown, blocked and unusable accounts all cost a real hash and get the same answer.
  const usable = account !== undefined && !blocked && LOGIN_OK.has(account.lifecycle);
  const check = await checkPassword(ctx, key, usable ? account : undefined, password, meta.ip);
  if (check.outcome.kind !== 'allowed') {
    if (account !== undefined) {
      const reason = blocked
        ? 'ip_blocked'
        : !LOGIN_OK.has(account.lifecycle)
          ? `account_${account.lifecycle}`
          : refusalReason(check.outcome);
      await journalFailure(ctx, account, meta, reason);
      await lockOut(ctx, account.id, check.events);
    }
    return fail(passwordRefusal(check.outcome));
  }
  if (account === undefined) return loginDenied();
  const now = ctx.clock.now();
  if (!ctx.policy.requireSecondFactor) {
    if (check.rehash !== undefined) await persistRehash(ctx, account.id, check.rehash);
    const done = await finishLogin(ctx, account, meta, 'password', check.priorFailures ?? 0);
    return done.success ? ok({ status: 'authenticated', tokens: done.data }) : done;
  }
  const sf = account.secondFactor;
  const methods: SecondFactorChoice[] = [];
  if (sf.totp?.enabledAt !== undefined) methods.push('totp');
  for (const m of ['sms', 'email'] as const)
    if (ctx.policy.secondFactorMethods.includes(m) || sf.method === m) methods.push(m);
  if ((await ctx.backupCodes.remaining(account.id)) > 0) methods.push('backup_code');
  const preferred: SecondFactorMethod =
    sf.method === 'totp' && sf.totp?.enabledAt === undefined ? 'sms' : sf.method;
  const secret = newSecret(ctx.random);
  const expiresAt = now + ctx.policy.secondFactorTtlMs;
  // The code is bound to the pending login's id before the record is written, so it is written
  // once, with the code's challenge (a code for a login never stored can complete nothing).
  const pendingId = createId('plg', now, ctx.random);
  let challengeId: string | undefined;
  let codeSentTo: string | undefined;
  let codeNotSent: CodeNotSent | undefined;
  if (preferred === 'sms' || preferred === 'email') {
    const alternatives = methods.filter((m) => m !== preferred);
    const sent = await sendCode(ctx, account, pendingId, preferred, meta, alternatives);
    if (sent.success) {
      codeSentTo = sent.data.sentTo;
      challengeId = sent.data.challengeId;
    } else {
      // Never a success that silently sent nothing: say why and what else works.
      const refused = sent.issues[0]!;
      const seconds =
        typeof refused.params?.['seconds'] === 'number' ? refused.params['seconds'] : 0;
      codeNotSent = {
        channel: preferred,
        issue: refused,
        retryAfterMs: seconds * 1000,
        alternatives,
      };
    }
  }
  await ctx.stores.pendingLogins.create({
    id: pendingId,
    accountId: account.id,
    createdAt: now,
    expiresAt,
    ...(meta.ip === undefined ? {} : { ip: meta.ip }),
    methods,
    tokenHash: hashSecret(secret),
    priorFailures: check.priorFailures ?? 0,
    ...(challengeId === undefined ? {} : { challengeId }),
  });
  const loginToken = `${pendingId}.${secret}`;
  return runAccountStep(ctx, account.id, accountParty(account.id), async (current) => ({
    result: ok({
      status: 'second_factor_required' as const,
      loginToken,
      methods,
      preferred,
      ...(codeSentTo === undefined ? {} : { codeSentTo }),
      ...(codeNotSent === undefined ? {} : { codeNotSent }),
      expiresAt,
    }),
    ...(check.rehash === undefined
      ? {}
      : { account: { ...current, password: { ...current.password, hash: check.rehash } } }),
    journal: [
      journalDraft('account.login.second_factor_requested', {
        methods: [...methods],
        preferred,
        rehashed: check.rehash !== undefined,
        ...(codeNotSent === undefined ? {} : { codeNotSent: codeNotSent.issue.code }),
      }),
    ],
  }));
}
