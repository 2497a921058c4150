import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { editDraft } from './_lib/edit-draft.js';
import { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
import type { DraftView } from './registration-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Accepts the terms `{ draftId, resumeToken, termsVersion }`; only the current version is
 * accepted.
 *
 * @param ctx - the account context
 * @param input - `{ draftId, resumeToken, termsVersion }`, validated at run time
 * @returns the draft
 * @example
 * ```ts
 * await acceptTerms(ctx, { draftId, resumeToken, termsVersion: ctx.policy.termsVersion });
 * ```
 */
export async function acceptTerms(
  ctx: AccountContext,
  input: RegistrationInput<'acceptTerms'>,
): Promise<Result<DraftView, AccountIssueCode>> {
  const read = readInput(registrationInputSchemas.acceptTerms, input);
  if (!read.success) return read;
  return editDraft(ctx, read.data, 'registration.terms_accepted', async (draft, now) => {
    if (read.data.termsVersion !== ctx.policy.termsVersion)
      return fail(
        issue('registration.terms_version', ['termsVersion'], { version: ctx.policy.termsVersion }),
      );
    return ok({
      draft: { ...draft, termsVersion: read.data.termsVersion, termsAcceptedAt: now },
      payload: { version: read.data.termsVersion },
    });
  });
}
