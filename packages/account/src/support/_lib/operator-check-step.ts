import { ok, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { CheckView } from '../../identity/identity-views.js';
import { checkView } from '../../_lib/identity-view.js';
import { noticeFor } from '../../steps/identity-steps.js';
import { runAccountStep } from '../../steps/run-account-step.js';
import type { AppliedTransition } from '../../steps/transitions.js';
import type { OperatorContext } from '../support-views.js';
import { operatorParty } from './operator-input.js';

/** What an operator's step on an identity check decided. */
export interface CheckDecision {
  /** The account after the step. */
  readonly account: AccountRecord;
  /** The check it moved. */
  readonly checkId: string;
  /** The level and lifecycle transitions it caused. */
  readonly transitions: readonly AppliedTransition[];
  /** The registry's answer, when the step asked it. */
  readonly registry?: object;
}

/**
 * Runs an operator's step on an identity check (ACC-7) as the operator: journals it under
 * `action` with the check, its transitions and `extra`, then sends the holder the notice the
 * change calls for.
 */
export async function operatorCheckStep(
  ctx: AccountContext,
  operator: OperatorContext,
  accountId: string,
  action: string,
  decide: (account: AccountRecord, now: number) => Promise<Result<CheckDecision>>,
  extra: Record<string, string> = {},
): Promise<Result<CheckView>> {
  let before: AccountRecord | undefined;
  let after: AccountRecord | undefined;
  let checkId = '';
  const r = await runAccountStep(ctx, accountId, operatorParty(operator), async (current, now) => {
    const decided = await decide(current, now);
    if (!decided.success) return { result: decided };
    before = current;
    after = decided.data.account;
    checkId = decided.data.checkId;
    const check = decided.data.account.identityChecks.find((c) => c.id === decided.data.checkId)!;
    return {
      result: ok(checkView(check)),
      account: decided.data.account,
      journal: [
        {
          action,
          payload: {
            checkId: check.id,
            kind: check.kind,
            transitions: decided.data.transitions.map((t) => ({ ...t })),
            ...(decided.data.registry === undefined
              ? {}
              : { registry: decided.data.registry as Record<string, string> }),
            ...extra,
          },
        },
      ],
    };
  });
  if (r.success && before !== undefined && after !== undefined)
    await noticeFor(ctx, before, after, checkId);
  return r;
}
