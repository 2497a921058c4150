import { isIP } from 'node:net';
import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { accountParty } from '../_lib/journal-draft.js';
import { requireSession } from '../_lib/require-session.js';
import { liveSessions, revokeSessions } from '../_lib/sessions.js';
import { runAccountStep } from '../steps/run-account-step.js';
import { sessionInputSchemas, type SessionInput } from './session-input-schemas.js';
import type { IpBlocked } from './sessions-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Blocks an unknown IP `{ ip }` for the account (ACC-11): its sessions from that address end and
 * logins from it fail like a wrong password. The address of the current session cannot be
 * blocked (`ip.invalid`).
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @param input - `{ ip }`, an IPv4 or IPv6 address, validated at run time
 * @returns the blocked address and how many sessions ended
 * @example
 * ```ts
 * const r = await blockIp(ctx, auth, { ip: '203.0.113.7' });
 * ```
 */
export async function blockIp(
  ctx: AccountContext,
  auth: AuthContext,
  input: SessionInput<'blockIp'>,
): Promise<Result<IpBlocked, AccountIssueCode>> {
  const read = readInput(sessionInputSchemas.blockIp, input);
  if (!read.success) return read;
  const ip = read.data.ip.trim();
  if (isIP(ip) === 0) return fail(issue('ip.invalid', ['ip']));
  const current = await requireSession(ctx, auth);
  if (!current.success) return current;
  if (current.data.ip === ip) return fail(issue('ip.invalid', ['ip']));
  return runAccountStep(ctx, auth.accountId, accountParty(auth.accountId), async (account, now) => {
    const live = await liveSessions(ctx, account.sessionIds, now);
    const ended = live.filter((s) => s.ip === ip).map((s) => s.id);
    const index = ctx.blindIndex('ip', ip);
    return {
      result: ok({ blocked: ip, endedSessions: ended.length }),
      account: {
        ...account,
        blockedIps: account.blockedIps.includes(index)
          ? account.blockedIps
          : [...account.blockedIps, index],
        sessionIds: account.sessionIds.filter((id) => !ended.includes(id)),
        updatedAt: now,
      },
      journal: [{ action: 'account.ip.blocked', payload: { ip } }],
      after: async () => {
        await revokeSessions(ctx, ended, 'ended_by_other', now);
      },
    };
  });
}
