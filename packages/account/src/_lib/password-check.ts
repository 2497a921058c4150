import type { LockoutEvent } from '@kabinet/lockout';
import type { AccountRecord } from '@kabinet/ports';
import { normalizePassword } from '@kabinet/validators/password';
import type { AccountContext } from '../context/account-context.js';

/** The outcome of a guarded password check. */
export type PasswordCheck =
  | {
      readonly outcome: 'ok';
      readonly rehash?: string;
      readonly priorFailures: number;
      readonly events: readonly LockoutEvent[];
    }
  | {
      readonly outcome: 'denied';
      readonly reason: string;
      readonly retryAfterMs?: number;
      /** The lock this attempt caused, if any (temporary, the cap, or until support). */
      readonly lock?: Extract<LockoutEvent, { type: 'lockout.locked' }>;
      readonly events: readonly LockoutEvent[];
    };

/** The client IP as a lockout key part (`unknown` when the HTTP layer gave none). */
export function ipOf(ip: string | undefined): string {
  return ip === undefined || ip === '' ? 'unknown' : ip;
}

/**
 * Checks a password through `@kabinet/lockout` (S-7): refused when the IP, the account+IP
 * pair or the account is over its limits, with a real hash in place of the check for a
 * locked account (S-8); counted when wrong; a right one is rehashed when the hasher's
 * parameters were raised (S-2). `account` is `undefined` for an unknown login, which then
 * costs a hash of the dummy password and is counted under `key` like any other.
 */
export async function checkPassword(
  ctx: AccountContext,
  key: string,
  account: Pick<AccountRecord, 'id' | 'password'> | undefined,
  password: string,
  ip: string | undefined,
): Promise<PasswordCheck> {
  const normalised = normalizePassword(password);
  const hash = account?.password.hash ?? (await ctx.dummyHash());
  const verify = async (): Promise<boolean> =>
    (await ctx.hasher.verify(hash, normalised)) && account !== undefined;
  const r = await ctx.lockout.attemptPassword({ account: key, ip: ipOf(ip) }, verify, {
    equalize: verify,
  });
  if (r.outcome !== 'ok') {
    return {
      outcome: 'denied',
      reason: r.outcome,
      ...(r.publicOutcome === 'retry_later' && r.retryAfterMs !== undefined
        ? { retryAfterMs: r.retryAfterMs }
        : {}),
      ...lockOf(r.events),
      events: r.events,
    };
  }
  const rehash = ctx.hasher.needsRehash(hash) ? await ctx.hasher.hash(normalised) : undefined;
  const priorFailures = r.priorFailures ?? 0;
  return rehash === undefined
    ? { outcome: 'ok', priorFailures, events: r.events }
    : { outcome: 'ok', rehash, priorFailures, events: r.events };
}

function lockOf(events: readonly LockoutEvent[]): {
  lock?: Extract<LockoutEvent, { type: 'lockout.locked' }>;
} {
  const lock = events.find(
    (e): e is Extract<LockoutEvent, { type: 'lockout.locked' }> => e.type === 'lockout.locked',
  );
  return lock === undefined ? {} : { lock };
}
