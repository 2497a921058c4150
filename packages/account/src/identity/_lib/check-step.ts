import { ok, type Result } from '@kabinet/core';
import type { AccountRecord, IdentityConfirmationRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { AuthContext } from '../../context/auth-context.js';
import { accountParty } from '../../_lib/journal-draft.js';
import { advanceCheck } from '../../steps/identity-steps.js';
import {
  runCheckStep,
  type CheckDecision,
  type RejectableCheckAction,
} from '../../steps/run-check-step.js';
import type { CheckView } from '../identity-views.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/** Runs a check step on the account, journals it with its transitions and registry outcome (and a refused move as `<action>_rejected`), and tells the holder. */
export function checkStep(
  ctx: AccountContext,
  auth: AuthContext | { accountId: string },
  action: RejectableCheckAction,
  decide: (account: AccountRecord, now: number) => Promise<Result<CheckDecision, AccountIssueCode>>,
  actor = accountParty(auth.accountId),
): Promise<Result<CheckView, AccountIssueCode>> {
  return runCheckStep(ctx, auth.accountId, { actor, action, journalRejected: true }, decide);
}

/** Starts a check of a kind and moves it with its first event (and the registry, when it reaches `checking`). */
export function begin(
  ctx: AccountContext,
  check: IdentityConfirmationRecord,
  event: Parameters<typeof advanceCheck>[3],
  patch: Partial<IdentityConfirmationRecord> = {},
) {
  return async (account: AccountRecord, now: number) => {
    const withCheck: AccountRecord = {
      ...account,
      identityChecks: [...account.identityChecks, check],
    };
    const moved = await advanceCheck(ctx, withCheck, check.id, event, patch, now);
    return moved.success ? ok({ ...moved.data, checkId: check.id }) : moved;
  };
}
