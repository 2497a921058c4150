import { ok } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { formatDeadline } from '../_lib/format-deadline.js';
import { accountParty, journalDraft } from '../_lib/journal-draft.js';
import { notifyAccount } from '../_lib/notify.js';
import type { LockoutEvent } from '@kabinet/lockout';
import { loadAccount, runAccountStep } from './run-account-step.js';
import { revokeSessions } from '../_lib/sessions.js';
import { applyLifecycle } from './transitions.js';

/**
 * Follows a lock `@kabinet/lockout` just applied (OTP-5, S-7, ACC-8). A lock until support
 * (`supportLockoutPolicy`) is mirrored in the lifecycle (`locked`): sessions end and the holder
 * is told to contact support. A temporary lock or the hard cap is not: it only stops password
 * checks, so the holder's sessions go on and nothing an attacker does ends them; it is
 * journaled (`account.locked` with its kind), and the holder is told, with how to unlock with
 * a code, at the first lock of a series and at the cap — never more, so an attacker cannot run
 * up the SMS bill.
 *
 * @example
 * ```ts
 * const check = await checkPassword(ctx, account.id, account, password, meta.ip);
 * if (check.outcome.kind !== 'allowed') await lockOut(ctx, account.id, check.events);
 * ```
 */
export async function lockOut(
  ctx: AccountContext,
  accountId: string,
  events: readonly LockoutEvent[],
): Promise<void> {
  const lock = events.find(
    (e): e is Extract<LockoutEvent, { type: 'lockout.locked' }> => e.type === 'lockout.locked',
  );
  if (lock === undefined) return;
  const payload = {
    kind: lock.kind,
    failures: lock.failures,
    lockNumber: lock.lockNumber,
    ...(lock.until === null ? {} : { until: lock.until }),
  };
  if (lock.kind !== 'support') {
    const account = await loadAccount(ctx, accountId);
    if (account === undefined) return;
    await ctx.journal.append({
      actor: { type: 'system', id: 'lockout' },
      action: 'account.locked',
      subject: accountParty(accountId),
      payload,
    });
    if (lock.kind === 'capped')
      await notifyAccount(ctx, account, { code: 'notice.account_capped', purpose: 'notice' });
    else if (lock.lockNumber === 1 && lock.until !== null)
      await notifyAccount(ctx, account, {
        code: 'notice.account_locked_temporarily',
        params: { until: formatDeadline(lock.until) },
        purpose: 'notice',
      });
    return;
  }
  await runAccountStep(ctx, accountId, { type: 'system', id: 'lockout' }, async (account, now) => {
    const locked = applyLifecycle(account, 'locked_out', now);
    if (!locked.success) return { result: ok(undefined) };
    return {
      result: ok(undefined),
      account: { ...locked.data.account, sessionIds: [] },
      journal: [
        journalDraft('account.locked', {
          ...payload,
          transitions: locked.data.transitions.map((t) => ({ ...t })),
        }),
      ],
      after: async (written) => {
        await revokeSessions(ctx, account.sessionIds, 'account_disabled', now);
        await notifyAccount(ctx, written, { code: 'notice.account_locked', purpose: 'notice' });
      },
    };
  });
}
