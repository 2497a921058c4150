import { ok } from '@kabinet/core';
import type { AccountRecord, Stored } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import { journalDraft } from '../../_lib/journal-draft.js';
import { runAccountStep } from '../../steps/run-account-step.js';
import { applyLifecycle, reconcileLifecycle } from '../../steps/transitions.js';

/** A timed lock of the lockout policy has run out: the lifecycle follows (ACC-8; the default lock never runs out). */
export async function expireLock(
  ctx: AccountContext,
  accountId: string,
): Promise<Stored<AccountRecord> | undefined> {
  const status = await ctx.lockout.accountStatus(accountId);
  if (status.locked) return undefined;
  let updated: Stored<AccountRecord> | undefined;
  await runAccountStep(ctx, accountId, { type: 'system', id: 'lockout' }, async (current, now) => {
    const r = applyLifecycle(current, 'lock_expired', now);
    if (!r.success) return { result: ok(undefined) };
    const reconciled = reconcileLifecycle(r.data.account, now);
    updated = { ...reconciled.account, version: current.version + 1 };
    return {
      result: ok(undefined),
      account: reconciled.account,
      journal: [
        journalDraft('account.lock_expired', {
          transitions: [...r.data.transitions, ...reconciled.transitions].map((t) => ({ ...t })),
        }),
      ],
    };
  });
  return updated;
}
