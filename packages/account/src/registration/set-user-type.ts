import { ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { editDraft } from './_lib/edit-draft.js';
import { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
import type { DraftView } from './registration-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Changes the user type of a draft `{ draftId, resumeToken, userType }`.
 *
 * @param ctx - the account context
 * @param input - `{ draftId, resumeToken, userType }`, validated at run time
 * @returns the draft
 * @example
 * ```ts
 * await setUserType(ctx, { draftId, resumeToken, userType: 'residence_permit_holder' });
 * ```
 */
export async function setUserType(
  ctx: AccountContext,
  input: RegistrationInput<'userType'>,
): Promise<Result<DraftView, AccountIssueCode>> {
  const read = readInput(registrationInputSchemas.userType, input);
  if (!read.success) return read;
  return editDraft(ctx, read.data, 'registration.user_type_set', async (draft) =>
    ok({
      draft: { ...draft, userType: read.data.userType },
      payload: { userType: read.data.userType },
    }),
  );
}
