import { ok, type Result } from '@kabinet/core';
import type { AccountRecord, IdentityConfirmationRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { CheckView } from '../../identity/identity-views.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';
import { advanceCheck } from '../../steps/identity-steps.js';
import { runCheckStep } from '../../steps/run-check-step.js';
import type { OperatorContext } from '../support-views.js';
import { operatorParty } from './operator-input.js';

/** The check an operator verifies, on the account as `pick` found (or extended) it. */
export interface OperatorVerification {
  /** The account, with the check. */
  readonly account: AccountRecord;
  /** The check to move. */
  readonly checkId: string;
  /** What the check keeps beside the operator's id. */
  readonly patch?: Partial<IdentityConfirmationRecord>;
  /** More fields for the journal entry. */
  readonly extra?: Record<string, string | number | boolean>;
}

/**
 * An operator's verification of an identity check (ACC-7): `pick` finds or opens the check on
 * the freshly read account, which moves by `operator_verified` with the operator's id (the
 * registry check follows), journaled as `identity.operator_verified` with the operator as
 * actor; a refusal is not journaled.
 */
export function verifyByOperator(
  ctx: AccountContext,
  operator: OperatorContext,
  accountId: string,
  pick: (current: AccountRecord, now: number) => Result<OperatorVerification, AccountIssueCode>,
): Promise<Result<CheckView, AccountIssueCode>> {
  const journal = {
    actor: operatorParty(operator),
    action: 'identity.operator_verified',
    journalRejected: false,
  } as const;
  return runCheckStep(ctx, accountId, journal, async (current, now) => {
    const picked = pick(current, now);
    if (!picked.success) return picked;
    const { account, checkId, patch, extra } = picked.data;
    const operatorId = operator.operatorId;
    const moved = await advanceCheck(
      ctx,
      account,
      checkId,
      'operator_verified',
      { operatorId, ...patch },
      now,
    );
    if (!moved.success) return moved;
    return ok({ ...moved.data, checkId, ...(extra === undefined ? {} : { extra }) });
  });
}
