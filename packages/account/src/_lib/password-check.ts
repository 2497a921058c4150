import type { PasswordAttemptResult } from '@kabinet/lockout';
import type { AccountRecord } from '@kabinet/ports';
import { normalizePassword } from '@kabinet/validators/password';
import type { AccountContext } from '../context/account-context.js';

/** A guarded password check: lockout's result as it is, and the stronger hash a right password was re-hashed to (S-2). */
export type CheckedPassword = PasswordAttemptResult & { readonly rehash?: string };

/** The client IP as a lockout key part (`unknown` when the HTTP layer gave none). */
export function ipOf(ip: string | undefined): string {
  return ip === undefined || ip === '' ? 'unknown' : ip;
}

/**
 * Checks a password through `@kabinet/lockout` (S-7): refused when the IP, the account+IP
 * pair or the account is over its limits, with a real hash in place of the check for a
 * locked account (S-8); counted when wrong; a right one is rehashed when the hasher's
 * parameters were raised (S-2). `account` is `undefined` for an unknown login, which then
 * costs a hash of the dummy password and is counted under `key` like any other. The outcome is
 * lockout's `PasswordOutcome`; `passwordRefusal` turns a refusal into the public issue.
 */
export async function checkPassword(
  ctx: AccountContext,
  key: string,
  account: Pick<AccountRecord, 'id' | 'password'> | undefined,
  password: string,
  ip: string | undefined,
): Promise<CheckedPassword> {
  const normalized = normalizePassword(password);
  const hash = account?.password.hash ?? (await ctx.dummyHash());
  const verify = async (): Promise<boolean> =>
    (await ctx.hasher.verify(hash, normalized)) && account !== undefined;
  const r = await ctx.lockout.attemptPassword({ account: key, ip: ipOf(ip) }, verify, {
    equalize: verify,
  });
  if (r.outcome.kind !== 'allowed' || !ctx.hasher.needsRehash(hash)) return r;
  return { ...r, rehash: await ctx.hasher.hash(normalized) };
}
