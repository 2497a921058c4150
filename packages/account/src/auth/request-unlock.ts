import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { RequestMeta } from '../context/auth-context.js';
import { readContactValue } from '../_lib/account-pii.js';
import { contactOwner } from '../_lib/contact-owner.js';
import { readLogin } from '../_lib/contact-values.js';
import { reserveSend } from '../_lib/guard-code.js';
import { accountParty } from '../_lib/journal-draft.js';
import { hashSecret, newSecret } from '../_lib/secrets.js';
import { UNLOCKABLE, loginKey } from './_lib/login-rules.js';
import { authInputSchemas, type AuthInput } from './auth-input-schemas.js';
import type { UnlockRequested } from './auth-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Asks for a self-service unlock `{ login, channel?: 'sms' | 'email' }` (S-7): a code goes to
 * the account's confirmed phone or e-mail (default: the login's own channel). The answer is
 * the same for unknown logins (S-8); the send budget is its own, so unlock requests cannot use
 * up the login codes' budget, and it is limited like every send (S-5).
 *
 * @param ctx - the account context
 * @param input - `{ login, channel? }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns the unlock token to pass with the code, whatever the login
 * @example
 * ```ts
 * const r = await requestUnlock(ctx, { login: 'aziz@example.uz' }, { ip });
 * if (r.success) askForCode(r.data.unlockToken);
 * ```
 */
export async function requestUnlock(
  ctx: AccountContext,
  input: AuthInput<'requestUnlock'>,
  meta: RequestMeta = {},
): Promise<Result<UnlockRequested, AccountIssueCode>> {
  if (!ctx.lockout.policy.password.selfUnlock) return fail(issue('auth.unlock_unavailable', []));
  const read = readInput(authInputSchemas.requestUnlock, input);
  if (!read.success) return read;
  const { login } = read.data;
  const contact = readLogin(ctx, login);
  const account =
    contact === undefined
      ? undefined
      : await contactOwner(ctx, contact.channel, contact.value, contact.blindIndex);
  // The lockout key of the login (as at login), so known and unknown logins share one shape of limits (S-8).
  const key = loginKey(ctx, login, contact, account);
  const channel = read.data.channel ?? (contact?.channel === 'phone' ? 'sms' : 'email');
  const reserved = await reserveSend(ctx, channel, key, meta.ip, 'unlock', [
    channel === 'sms' ? 'email' : 'sms',
  ]);
  if (!reserved.success) return reserved;
  const secret = newSecret(ctx.random);
  const sessionId = `unlock.${hashSecret(secret)}`;
  if (account !== undefined && UNLOCKABLE.has(account.lifecycle)) {
    const destination = readContactValue(ctx, account, channel === 'sms' ? 'phone' : 'email');
    const sent = await ctx.otp.issueAndSend(
      { purpose: 'recovery', channel, destination, sessionId, subject: account.id },
      ctx.senders,
      { locale: ctx.locale },
    );
    if (!sent.success) return sent;
    await ctx.journal.append({
      actor: accountParty(account.id),
      action: 'auth.unlock_code_sent',
      subject: accountParty(account.id),
      payload: { channel, ip: meta.ip ?? 'unknown' },
    });
    return ok({
      unlockToken: `${sent.data.challengeId}.${secret}`,
      channel,
      expiresAt: sent.data.codeExpiresAt,
    });
  }
  // S-8: an unknown or unusable login gets a challenge too (never sent), so the token, the
  // timing and the answers to its codes look the same.
  const decoy = await ctx.otp.issue({
    purpose: 'recovery',
    channel,
    destination: channel === 'sms' ? '+70000000000' : 'nobody@example.invalid',
    sessionId,
    subject: key,
  });
  if (!decoy.success) return decoy;
  return ok({
    unlockToken: `${decoy.data.challengeId}.${secret}`,
    channel,
    expiresAt: decoy.data.codeExpiresAt,
  });
}
