import type { JournalPayloadOf } from '@kabinet/audit';
import { fail, issue, ok, type Result } from '@kabinet/core';
import type { DraftRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import { journalDraft, type PayloadField } from '../../_lib/journal-draft.js';
import { runDraftStep } from '../../steps/run-draft-step.js';
import type { DraftView } from '../registration-results.js';
import { draftView } from './draft-view.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/** The journal actions of the steps that edit a draft. */
export type DraftEditAction =
  | 'registration.user_type_set'
  | 'registration.contacts_set'
  | 'registration.personal_data_saved'
  | 'registration.document_added'
  | 'registration.document_removed'
  | 'registration.password_set'
  | 'registration.terms_accepted';

/**
 * Runs a step that edits a draft before its account exists: the change is written, the draft's
 * life extended (ACC-4) and the step journaled as `action`.
 */
export async function editDraft<A extends DraftEditAction>(
  ctx: AccountContext,
  input: { draftId: string; resumeToken: string },
  action: A,
  change: (
    draft: DraftRecord,
    now: number,
  ) => Promise<Result<{ draft: DraftRecord } & PayloadField<A>, AccountIssueCode>>,
): Promise<Result<DraftView, AccountIssueCode>> {
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
      // The change's type pairs its payload with `action`; a generic A cannot show it here.
      journal: [journalDraft(action, changed.data.payload as JournalPayloadOf<A>)],
    };
  });
}
