import { ok, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { RequestMeta, TokenPair } from '../../context/auth-context.js';
import { accountParty, journalDraft } from '../../_lib/journal-draft.js';
import { notifyAccount } from '../../_lib/notify.js';
import { liveSessions, openSession, revokeSessions } from '../../_lib/sessions.js';
import { runAccountStep } from '../../steps/run-account-step.js';
import { LOGIN_OK, loginDenied } from './login-rules.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/**
 * Opens the session of a finished login: the oldest sessions over the policy's `maxSessions`
 * end, the login is journaled, and a login after many failures is told to the holder.
 */
export async function finishLogin(
  ctx: AccountContext,
  account: AccountRecord,
  meta: RequestMeta,
  method: string,
  priorFailures: number,
): Promise<Result<TokenPair, AccountIssueCode>> {
  const now = ctx.clock.now();
  const opened = await openSession(ctx, { accountId: account.id, level: account.level, meta, now });
  const r = await runAccountStep(ctx, account.id, accountParty(account.id), async (current) => {
    if (!LOGIN_OK.has(current.lifecycle)) return { result: loginDenied() };
    const live = await liveSessions(ctx, current.sessionIds, now);
    const excess = live
      .slice(0, Math.max(0, live.length + 1 - ctx.policy.maxSessions))
      .map((s) => s.id);
    const keep = live.map((s) => s.id).filter((id) => !excess.includes(id));
    return {
      result: ok(opened.tokens),
      account: {
        ...current,
        sessionIds: [...keep, opened.session.id],
        lastLoginAt: now,
        updatedAt: now,
      },
      journal: [
        journalDraft('account.login.succeeded', {
          ip: meta.ip ?? 'unknown',
          ...(meta.userAgent === undefined ? {} : { userAgent: meta.userAgent.slice(0, 300) }),
          method,
        }),
      ],
      after: async (written) => {
        await revokeSessions(ctx, excess, 'ended', now);
        if (
          ctx.policy.suspiciousLoginAfterFailures > 0 &&
          priorFailures >= ctx.policy.suspiciousLoginAfterFailures
        ) {
          await notifyAccount(ctx, written, {
            code: 'notice.login_alert',
            params: { failures: priorFailures },
            purpose: 'login-alert',
          });
        }
      },
    };
  });
  if (!r.success) await revokeSessions(ctx, [opened.session.id], 'ended', now);
  return r;
}
