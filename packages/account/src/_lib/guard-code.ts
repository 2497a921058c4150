import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { ipOf } from './password-check.js';

/**
 * Runs a one-time-code check through `@kabinet/lockout` (OTP-3, S-4): refused while the
 * identifier is blocked after a wrong code (`auth.code_blocked` with minutes to wait),
 * otherwise the check's own value. Identifiers are phones, e-mails or accounts, never flows.
 */
export async function guardCode<T>(ctx: AccountContext, identifier: string, ip: string | undefined, run: () => Promise<T>): Promise<Result<T>> {
  const r = await ctx.lockout.attemptCode({ identifier, ip: ipOf(ip) }, run);
  if (!r.ran) return fail(issue('auth.code_blocked', ['code'], { minutes: Math.max(1, Math.ceil(r.retryAfterMs / 60_000)) }));
  return ok(r.value);
}

/** Reserves a code send to a destination (S-5): `auth.send_limited` with seconds to wait when refused. */
export async function reserveSend(ctx: AccountContext, channel: 'sms' | 'email', destinationIndex: string, ip: string | undefined): Promise<Result<undefined>> {
  const r = await ctx.lockout.reserveSend({ channel, destination: destinationIndex, ip: ipOf(ip) });
  if (!r.allowed) return fail(issue('auth.send_limited', [], { seconds: Math.max(1, Math.ceil(r.retryAfterMs / 1000)) }));
  return ok(undefined);
}
