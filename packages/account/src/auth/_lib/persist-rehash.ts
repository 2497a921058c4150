import { ok } from '@kabinet/core';
import type { AccountContext } from '../../context/account-context.js';
import { accountParty } from '../../_lib/journal-draft.js';
import { runAccountStep } from '../../steps/run-account-step.js';

/** Stores the stronger hash a correct password was re-hashed to (the policy's parameters changed). */
export async function persistRehash(
  ctx: AccountContext,
  accountId: string,
  hash: string,
): Promise<void> {
  await runAccountStep(ctx, accountId, accountParty(accountId), async (current) => ({
    result: ok(undefined),
    account: { ...current, password: { ...current.password, hash } },
  }));
}
