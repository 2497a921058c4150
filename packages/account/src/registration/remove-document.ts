import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { editDraft } from './_lib/edit-draft.js';
import { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
import type { DraftView } from './registration-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Removes a document from a draft `{ draftId, resumeToken, documentId }`.
 *
 * @param ctx - the account context
 * @param input - `{ draftId, resumeToken, documentId }`, validated at run time
 * @returns the draft
 * @example
 * ```ts
 * await removeDocument(ctx, { draftId, resumeToken, documentId: 'doc_1' });
 * ```
 */
export async function removeDocument(
  ctx: AccountContext,
  input: RegistrationInput<'removeDocument'>,
): Promise<Result<DraftView, AccountIssueCode>> {
  const read = readInput(registrationInputSchemas.removeDocument, input);
  if (!read.success) return read;
  return editDraft(ctx, read.data, 'registration.document_removed', async (draft) => {
    const doc = draft.documents.find((d) => d.id === read.data.documentId);
    if (doc === undefined) return fail(issue('document.not_found', ['documentId']));
    return ok({
      draft: { ...draft, documents: draft.documents.filter((d) => d.id !== doc.id) },
      payload: { kind: doc.kind },
    });
  });
}
