import { ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { passwordNames } from '../_lib/account-pii.js';
import { piiContext } from '../_lib/contact-values.js';
import { personalOf } from './_lib/draft-view.js';
import { hashNewPassword } from '../_lib/new-password.js';
import { editDraft } from './_lib/edit-draft.js';
import { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
import type { DraftView } from './registration-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Sets the password of a draft `{ draftId, resumeToken, password }` under the password policy
 * (S-1), which must not contain the registrant's names or contacts; the strength hint comes as
 * warnings.
 *
 * @param ctx - the account context
 * @param input - `{ draftId, resumeToken, password }`, validated at run time
 * @returns the draft, with the strength warnings
 * @example
 * ```ts
 * await setPassword(ctx, { draftId, resumeToken, password: 'Correct-Horse-Battery-9' });
 * ```
 */
export async function setPassword(
  ctx: AccountContext,
  input: RegistrationInput<'setPassword'>,
): Promise<Result<DraftView, AccountIssueCode>> {
  const read = readInput(registrationInputSchemas.setPassword, input);
  if (!read.success) return read;
  return editDraft(ctx, read.data, 'registration.password_set', async (draft) => {
    const personal = personalOf(ctx, draft);
    const hashed = await hashNewPassword(
      ctx,
      read.data.password,
      {
        names: passwordNames(personal),
        ...(draft.email === undefined
          ? {}
          : { email: ctx.pii.decrypt(draft.email.value, piiContext('draft', draft.id, 'email')) }),
        ...(draft.phone === undefined
          ? {}
          : { phone: ctx.pii.decrypt(draft.phone.value, piiContext('draft', draft.id, 'phone')) }),
        words: [ctx.serviceName],
      },
      [],
    );
    if (!hashed.success) return hashed;
    return ok({ draft: { ...draft, passwordHash: hashed.data } }, hashed.warnings);
  });
}
