import { ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { piiContext } from '../_lib/contact-values.js';
import { parsePersonal } from '../_lib/parse-personal.js';
import { editDraft } from './_lib/edit-draft.js';
import { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
import type { DraftView } from './registration-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Saves the personal data of a draft `{ draftId, resumeToken, personal }`, checked field by
 * field and stored encrypted (ACC-10).
 *
 * @param ctx - the account context
 * @param input - `{ draftId, resumeToken, personal }`, validated at run time
 * @returns the draft, with warnings for doubtful values
 * @example
 * ```ts
 * await savePersonalData(ctx, { draftId, resumeToken, personal: { surname: 'Karimov', givenNames: 'Aziz', birthDate: '1990-04-12', citizenship: 'UZB' } });
 * ```
 */
export async function savePersonalData(
  ctx: AccountContext,
  input: RegistrationInput<'personalData'>,
): Promise<Result<DraftView, AccountIssueCode>> {
  const read = readInput(registrationInputSchemas.personalData, input);
  if (!read.success) return read;
  return editDraft(ctx, read.data, 'registration.personal_data_saved', async (draft, now) => {
    const personal = parsePersonal(read.data.personal, ['personal'], now);
    if (!personal.success) return personal;
    return ok(
      {
        draft: {
          ...draft,
          personal: ctx.pii.encryptJson(personal.data, piiContext('draft', draft.id, 'personal')),
        },
      },
      personal.warnings,
    );
  });
}
