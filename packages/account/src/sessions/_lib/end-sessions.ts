import { ok, type Result } from '@kabinet/core';
import type { AccountContext } from '../../context/account-context.js';
import type { AuthContext } from '../../context/auth-context.js';
import { accountParty, journalDraft } from '../../_lib/journal-draft.js';
import { requireSession } from '../../_lib/require-session.js';
import { revokeSessions } from '../../_lib/sessions.js';
import { runAccountStep } from '../../steps/run-account-step.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/**
 * Ends the account's sessions that `pick` chooses, from a live session: they are revoked
 * (`logout` when the current one is among them, else `ended_by_other`), dropped from the
 * account and journaled under `action`. Answers how many ended.
 */
export async function endSessions(
  ctx: AccountContext,
  auth: AuthContext,
  pick: (ids: readonly string[]) => readonly string[],
  action: 'session.logged_out' | 'session.ended' | 'session.others_ended',
): Promise<Result<number, AccountIssueCode>> {
  const current = await requireSession(ctx, auth);
  if (!current.success) return current;
  return runAccountStep(ctx, auth.accountId, accountParty(auth.accountId), async (account, now) => {
    const ended = pick(account.sessionIds);
    const count = await revokeSessions(
      ctx,
      ended,
      ended.includes(auth.sessionId) ? 'logout' : 'ended_by_other',
      now,
    );
    return {
      result: ok(count),
      account: {
        ...account,
        sessionIds: account.sessionIds.filter((id) => !ended.includes(id)),
        updatedAt: now,
      },
      journal: [journalDraft(action, { sessions: ended.length })],
    };
  });
}
