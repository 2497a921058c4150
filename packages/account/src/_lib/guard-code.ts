import { fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { ipOf } from './password-check.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Runs a one-time-code check through `@kabinet/lockout` (OTP-3, S-4): refused while the
 * identifier is blocked after a wrong code (`auth.code_blocked` with the exact `seconds` to
 * wait, from the policy's `code.blockMs`), otherwise the check's own value. Identifiers are
 * phones, e-mails or accounts, never flows or challenges, so a new code resets nothing.
 */
export async function guardCode<T>(
  ctx: AccountContext,
  identifier: string,
  ip: string | undefined,
  run: () => Promise<T>,
): Promise<Result<T, AccountIssueCode>> {
  const r = await ctx.lockout.attemptCode({ identifier, ip: ipOf(ip) }, run);
  if (!r.ran) return fail(codeBlocked(r.retryAfterMs));
  return ok(r.value);
}

/** `auth.code_blocked` for a wait: exact seconds (for `Retry-After`), and whole minutes for older clients. */
export function codeBlocked(retryAfterMs: number): Issue<'auth.code_blocked'> {
  return issue('auth.code_blocked', ['code'], {
    seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
    minutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)),
  });
}

/**
 * Whose send budget a code draws on (S-5). Budgets of an existing account's confirmed contact
 * cannot be spent by anyone who does not hold the account (finding: anonymous drafts used up
 * the victim's SMS cap):
 * - `claim`: codes to a contact someone claims (registration drafts, a contact change) — anyone can name any phone;
 * - `owner`: codes to an account's confirmed contact after its password or in its session (login, identity confirmation);
 * - `unlock`: self-service unlock codes, asked for by anyone who knows the login.
 */
export type SendScope = 'claim' | 'owner' | 'unlock';

/**
 * Reserves a code send to a destination in a budget (S-5). A refusal says why, with the exact
 * `seconds` to wait and, when given, the other ways to get in (`alternatives`):
 * `auth.send_cooldown` (a code was just sent), `auth.send_capped` (the destination's daily
 * cap), `auth.send_ip_capped` (the address's daily cap).
 */
export async function reserveSend(
  ctx: AccountContext,
  channel: 'sms' | 'email',
  destinationIndex: string,
  ip: string | undefined,
  scope: SendScope,
  alternatives: readonly string[] = [],
): Promise<Result<undefined, AccountIssueCode>> {
  const r = await ctx.lockout.reserveSend({
    channel,
    destination: `${scope}:${destinationIndex}`,
    ip: ipOf(ip),
  });
  if (r.allowed) return ok(undefined);
  return fail(sendRefused(r.reason, r.retryAfterMs, channel, alternatives));
}

/** The issue for a refused send (see {@link reserveSend}). */
export function sendRefused(
  reason: 'cooldown' | 'capped' | 'ip_capped',
  retryAfterMs: number,
  channel: 'sms' | 'email',
  alternatives: readonly string[] = [],
): Issue<'auth.send_cooldown' | 'auth.send_capped' | 'auth.send_ip_capped'> {
  const code =
    reason === 'cooldown'
      ? 'auth.send_cooldown'
      : reason === 'capped'
        ? 'auth.send_capped'
        : 'auth.send_ip_capped';
  return issue(code, [], {
    seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
    channel,
    ...(alternatives.length === 0 ? {} : { alternatives: alternatives.join(',') }),
  });
}
