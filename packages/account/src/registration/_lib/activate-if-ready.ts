import { ok, type Result } from '@kabinet/core';
import type { AccountRecord, DraftRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import { accountParty } from '../../_lib/journal-draft.js';
import { runAccountStep } from '../../steps/run-account-step.js';
import { applyLevel, applyLifecycle } from '../../steps/transitions.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/** Activates the account a draft created once both its contacts are confirmed (CONTACT-6, ACC-2). */
export async function activateIfReady(
  ctx: AccountContext,
  draft: DraftRecord,
  now: number,
): Promise<Result<undefined, AccountIssueCode>> {
  if (
    draft.accountId === undefined ||
    draft.phone?.confirmedAt === undefined ||
    draft.email?.confirmedAt === undefined
  )
    return ok(undefined);
  const phoneAt = draft.phone.confirmedAt;
  const emailAt = draft.email.confirmedAt;
  return runAccountStep(ctx, draft.accountId, accountParty(draft.accountId), async (account) => {
    if (account.lifecycle !== 'contacts_pending') return { result: ok(undefined) };
    const life = applyLifecycle(account, 'contacts_confirmed', now);
    if (!life.success) return { result: life };
    const level = applyLevel(life.data.account, 'contacts_confirmed', now);
    if (!level.success) return { result: level };
    const next: AccountRecord = {
      ...level.data.account,
      phone: { ...account.phone, confirmedAt: phoneAt },
      email: { ...account.email, confirmedAt: emailAt },
    };
    return {
      result: ok(undefined),
      account: next,
      journal: [
        {
          action: 'account.activated',
          payload: {
            transitions: [...life.data.transitions, ...level.data.transitions].map((t) => ({
              ...t,
            })),
          },
        },
      ],
    };
  });
}
