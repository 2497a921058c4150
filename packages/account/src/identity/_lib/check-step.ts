import { ok, type Result } from '@kabinet/core';
import type { AccountRecord, IdentityConfirmationRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { AuthContext } from '../../context/auth-context.js';
import { checkView } from '../../_lib/identity-view.js';
import { accountParty } from '../../_lib/journal-draft.js';
import { advanceCheck, noticeFor } from '../../steps/identity-steps.js';
import { runAccountStep, type StepOutcome } from '../../steps/run-account-step.js';
import type { CheckView } from '../identity-views.js';

/** Runs a check step on the account, journals it with its transitions and registry outcome, and tells the holder. */
export async function checkStep(
  ctx: AccountContext,
  auth: AuthContext | { accountId: string },
  action: string,
  decide: (
    account: AccountRecord,
    now: number,
  ) => Promise<
    Result<{
      account: AccountRecord;
      checkId: string;
      transitions: readonly { machine: string; from: string; event: string; to: string }[];
      registry?: object;
      extra?: Record<string, string | number | boolean>;
    }>
  >,
  actor = accountParty(auth.accountId),
): Promise<Result<CheckView>> {
  let before: AccountRecord | undefined;
  let after: AccountRecord | undefined;
  let checkId = '';
  const r = await runAccountStep(
    ctx,
    auth.accountId,
    actor,
    async (current, now): Promise<StepOutcome<CheckView>> => {
      const decided = await decide(current, now);
      if (!decided.success) {
        const rejected = decided.issues.some((i) => i.code === 'state.transition_not_allowed');
        return {
          result: decided,
          ...(rejected
            ? {
                journal: [
                  {
                    action: `${action}_rejected`,
                    payload: { issues: decided.issues.map((i) => i.code) },
                  },
                ],
              }
            : {}),
        };
      }
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
              ...(decided.data.extra ?? {}),
            },
          },
        ],
      };
    },
  );
  if (r.success && before !== undefined && after !== undefined)
    await noticeFor(ctx, before, after, checkId);
  return r;
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
