import { fail, retryOnConflict, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext, RequestMeta } from '../context/auth-context.js';
import { accountParty } from '../_lib/journal-draft.js';
import { checkPassword } from '../_lib/password-check.js';
import { passwordRefusal } from '../_lib/password-refusal.js';
import { requireSession } from '../_lib/require-session.js';
import { lockOut } from '../steps/lock-out.js';
import { loadAccount, runAccountStep } from '../steps/run-account-step.js';
import { sessionInputSchemas, type SessionInput } from './session-input-schemas.js';
import type { Reauthenticated } from './sessions-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Full re-authentication `{ password }` before a sensitive change (S-11): the password is
 * checked like a login (a wrong one counts towards the lock and is `auth.invalid_credentials`),
 * and the session's `authenticatedAt` moves to now.
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @param input - `{ password }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns when the session re-authenticated
 * @example
 * ```ts
 * const r = await reauthenticate(ctx, auth, { password }, { ip });
 * if (r.success) await contacts.requestChange(auth, { channel: 'email', value });
 * ```
 */
export async function reauthenticate(
  ctx: AccountContext,
  auth: AuthContext,
  input: SessionInput<'reauthenticate'>,
  meta: RequestMeta = {},
): Promise<Result<Reauthenticated, AccountIssueCode>> {
  const invalid = fail(issue('session.invalid', []));
  const read = readInput(sessionInputSchemas.reauthenticate, input);
  if (!read.success) return read;
  const current = await requireSession(ctx, auth);
  if (!current.success) return current;
  const account = await loadAccount(ctx, auth.accountId);
  if (account === undefined) return invalid;
  const check = await checkPassword(ctx, account.id, account, read.data.password, meta.ip);
  if (check.outcome.kind !== 'allowed') {
    await ctx.journal.append({
      actor: accountParty(account.id),
      action: 'session.reauth_failed',
      subject: accountParty(account.id),
      payload: { sessionId: auth.sessionId },
    });
    await lockOut(ctx, account.id, check.events);
    return fail(passwordRefusal(check.outcome));
  }
  const now = ctx.clock.now();
  return runAccountStep(ctx, account.id, accountParty(account.id), async (fresh) => {
    const sessionGone = await retryOnConflict(ctx.policy.conflictRetries, async () => {
      const session = await ctx.stores.sessions.get(auth.sessionId);
      if (session === undefined) return true;
      const { version, ...plain } = session;
      await ctx.stores.sessions.update(
        { ...plain, authenticatedAt: now, lastSeenAt: now },
        version,
      );
      return false;
    });
    if (sessionGone) return { result: invalid };
    const password =
      check.rehash === undefined ? fresh.password : { ...fresh.password, hash: check.rehash };
    return {
      result: ok({ authenticatedAt: now }),
      account: { ...fresh, password, updatedAt: now },
      journal: [{ action: 'session.reauthenticated', payload: { sessionId: auth.sessionId } }],
    };
  });
}
