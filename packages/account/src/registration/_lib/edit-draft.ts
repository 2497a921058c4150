import { fail, issue, ok, type Result } from '@kabinet/core';
import type { DraftRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { JournalDraft } from '../../_lib/journal-draft.js';
import { runDraftStep } from '../../steps/run-draft-step.js';
import type { DraftView } from '../registration-results.js';
import { draftView } from './draft-view.js';

/**
 * Runs a step that edits a draft before its account exists: the change is written, the draft's
 * life extended (ACC-4) and the step journaled as `action`.
 */
export async function editDraft(
  ctx: AccountContext,
  input: { draftId: string; resumeToken: string },
  action: string,
  change: (
    draft: DraftRecord,
    now: number,
  ) => Promise<Result<{ draft: DraftRecord; payload?: JournalDraft['payload'] }>>,
): Promise<Result<DraftView>> {
  return runDraftStep(ctx, input, async (draft, now) => {
    if (draft.accountId !== undefined)
      return { result: fail(issue('registration.already_created', [])) };
    const changed = await change(draft, now);
    if (!changed.success) return { result: changed };
    return {
      result: ok(
        draftView(ctx, { ...changed.data.draft, expiresAt: now + ctx.policy.draftTtlMs }),
        changed.warnings,
      ),
      draft: changed.data.draft,
      journal: [
        {
          action,
          ...(changed.data.payload === undefined ? {} : { payload: changed.data.payload }),
        },
      ],
    };
  });
}
