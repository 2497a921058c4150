import { fail, type Issue, ok, readInput, type Result } from '@kabinet/core';
import type { DraftContact } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import { piiContext, readContact, storeContact } from '../_lib/contact-values.js';
import { editDraft } from './_lib/edit-draft.js';
import { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
import type { DraftView } from './registration-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Sets the phone and e-mail of a draft `{ draftId, resumeToken, phone, email }` (CONTACT-1 …
 * CONTACT-3); a changed contact must be confirmed again. Nothing here looks at other accounts
 * (S-8).
 *
 * @param ctx - the account context
 * @param input - `{ draftId, resumeToken, phone, email }`, validated at run time
 * @returns the draft
 * @example
 * ```ts
 * await setContacts(ctx, { draftId, resumeToken, phone: '+998901234567', email: 'aziz@example.uz' });
 * ```
 */
export async function setContacts(
  ctx: AccountContext,
  input: RegistrationInput<'setContacts'>,
): Promise<Result<DraftView, AccountIssueCode>> {
  const read = readInput(registrationInputSchemas.setContacts, input);
  if (!read.success) return read;
  return editDraft(ctx, read.data, 'registration.contacts_set', async (draft) => {
    const phone = readContact(ctx, 'phone', read.data.phone, ['phone']);
    const email = readContact(ctx, 'email', read.data.email, ['email']);
    const issues: Issue<AccountIssueCode>[] = [
      ...(phone.success ? [] : phone.issues),
      ...(email.success ? [] : email.issues),
    ];
    if (!phone.success || !email.success) return fail(issues);
    // S-8: nothing here looks at other accounts; a taken contact is only found out by its owner.
    const keep = (old: DraftContact | undefined, blind: string): DraftContact | undefined =>
      old?.blindIndex === blind ? old : undefined;
    const nextPhone =
      keep(draft.phone, phone.data.blindIndex) ??
      storeContact(ctx, phone.data, piiContext('draft', draft.id, 'phone'));
    const nextEmail =
      keep(draft.email, email.data.blindIndex) ??
      storeContact(ctx, email.data, piiContext('draft', draft.id, 'email'));
    return ok(
      {
        draft: { ...draft, phone: nextPhone, email: nextEmail },
        payload: { phone: phone.data.masked, email: email.data.masked },
      },
      [...(phone.warnings ?? []), ...(email.warnings ?? [])],
    );
  });
}
