import { ok, type Result } from '@kabinet/core';
import type { AccountRecord, JournalParty } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import type { CheckView } from '../identity/identity-views.js';
import { checkView } from '../_lib/identity-view.js';
import { journalDraft } from '../_lib/journal-draft.js';
import { noticeFor } from './identity-steps.js';
import { runAccountStep, type StepOutcome } from './run-account-step.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/** What one step on an identity check decided. */
export interface CheckDecision {
  /** The account after the step. */
  readonly account: AccountRecord;
  /** The check it moved. */
  readonly checkId: string;
  /** The level and lifecycle transitions it caused. */
  readonly transitions: readonly { machine: string; from: string; event: string; to: string }[];
  /** The registry's answer, when the step asked it. */
  readonly registry?: object;
  /** More fields for the journal entry. */
  readonly extra?: Record<string, string | number | boolean>;
}

/** The holder's check steps: a move the check's table refuses is journaled as `<action>_rejected`. */
export type RejectableCheckAction =
  | 'identity.confirmation_started'
  | 'identity.code_entered'
  | 'identity.activation_used'
  | 'identity.clarification_answered'
  | 'identity.documents_submitted'
  | 'identity.check_cancelled';

/** How {@link runCheckStep} journals. */
export type CheckStepJournal = {
  /** Who acted: the holder or a support operator. */
  readonly actor: JournalParty;
} & (
  | {
      /** The entry's action. */
      readonly action: RejectableCheckAction;
      /** A move the check's table refuses is journaled too, as `<action>_rejected`. */
      readonly journalRejected: true;
    }
  | {
      /** The entry's action (an operator's step). */
      readonly action: 'identity.letter_sent' | 'identity.operator_verified';
      /** Refusals are not journaled. */
      readonly journalRejected: false;
    }
);

/**
 * Runs a step on one of the account's identity checks (ACC-7): `decide` moves it, the step is
 * journaled with the check, its transitions and registry outcome, and the holder gets the
 * notice the change calls for.
 *
 * @param ctx - the account context
 * @param accountId - the account
 * @param journal - the actor, the action and whether refusals are journaled
 * @param decide - the move, on the freshly read account
 * @returns the check after the step
 * @example
 * ```ts
 * await runCheckStep(ctx, accountId, { actor, action: 'identity.operator_verified', journalRejected: false }, decide);
 * ```
 */
export async function runCheckStep(
  ctx: AccountContext,
  accountId: string,
  journal: CheckStepJournal,
  decide: (account: AccountRecord, now: number) => Promise<Result<CheckDecision, AccountIssueCode>>,
): Promise<Result<CheckView, AccountIssueCode>> {
  const { actor, action } = journal;
  let before: AccountRecord | undefined;
  let after: AccountRecord | undefined;
  let checkId = '';
  const r = await runAccountStep(
    ctx,
    accountId,
    actor,
    async (current, now): Promise<StepOutcome<CheckView>> => {
      const decided = await decide(current, now);
      if (!decided.success) {
        const rejected =
          journal.journalRejected &&
          decided.issues.some((i) => i.code === 'state.transition_not_allowed')
            ? journal.action
            : undefined;
        return {
          result: decided,
          ...(rejected === undefined
            ? {}
            : {
                journal: [
                  journalDraft(`${rejected}_rejected`, {
                    issues: decided.issues.map((i) => i.code),
                  }),
                ],
              }),
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
          journalDraft(action, {
            checkId: check.id,
            kind: check.kind,
            transitions: decided.data.transitions.map((t) => ({ ...t })),
            ...(decided.data.registry === undefined
              ? {}
              : { registry: decided.data.registry as Record<string, string> }),
            ...(decided.data.extra ?? {}),
          }),
        ],
      };
    },
  );
  if (r.success && before !== undefined && after !== undefined)
    await noticeFor(ctx, before, after, checkId);
  return r;
}
