import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { openDraft } from '../steps/run-draft-step.js';
import { draftView } from './_lib/draft-view.js';
import { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
import type { DraftView } from './registration-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Reads a draft `{ draftId, resumeToken }` as its registrant sees it.
 *
 * @param ctx - the account context
 * @param input - `{ draftId, resumeToken }`, validated at run time
 * @returns the draft, or `registration.draft_not_found`
 * @example
 * ```ts
 * const r = await getDraft(ctx, { draftId, resumeToken });
 * if (r.success) showMissing(r.data.missing);
 * ```
 */
export async function getDraft(
  ctx: AccountContext,
  input: RegistrationInput<'draft'>,
): Promise<Result<DraftView, AccountIssueCode>> {
  const read = readInput(registrationInputSchemas.draft, input);
  if (!read.success) return read;
  const draft = await openDraft(ctx, read.data.draftId, read.data.resumeToken);
  return draft === undefined
    ? fail(issue('registration.draft_not_found', ['draftId']))
    : ok(draftView(ctx, draft));
}
