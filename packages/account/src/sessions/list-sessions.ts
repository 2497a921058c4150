import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { requireSession } from '../_lib/require-session.js';
import { liveSessions } from '../_lib/sessions.js';
import { loadAccount } from '../steps/run-account-step.js';
import type { SessionView } from './sessions-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Lists the account's live sessions with their IPs, devices and both expiry limits (ACC-11);
 * the one making the request is marked `current`.
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @returns the live sessions, or `session.invalid`
 * @example
 * ```ts
 * const r = await listSessions(ctx, auth);
 * if (r.success) render(r.data.filter((s) => !s.current));
 * ```
 */
export async function listSessions(
  ctx: AccountContext,
  auth: AuthContext,
): Promise<Result<SessionView[], AccountIssueCode>> {
  const current = await requireSession(ctx, auth);
  if (!current.success) return current;
  const account = await loadAccount(ctx, auth.accountId);
  if (account === undefined) return fail(issue('session.invalid', []));
  const live = await liveSessions(ctx, account.sessionIds, ctx.clock.now());
  return ok(
    live.map((s) => ({
      sessionId: s.id,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: Math.min(s.absoluteExpiresAt, s.lastSeenAt + ctx.policy.sessionIdleMs),
      idleExpiresAt: s.lastSeenAt + ctx.policy.sessionIdleMs,
      absoluteExpiresAt: s.absoluteExpiresAt,
      ...(s.ip === undefined ? {} : { ip: s.ip }),
      ...(s.userAgent === undefined ? {} : { userAgent: s.userAgent }),
      level: s.level,
      current: s.id === auth.sessionId,
    })),
  );
}
