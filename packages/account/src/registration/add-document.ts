import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { storeFiles } from '../_lib/store-files.js';
import { parseDocument } from '../_lib/parse-document.js';
import { storedDocument } from '../_lib/stored-document.js';
import { editDraft } from './_lib/edit-draft.js';
import { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
import type { DraftView } from './registration-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Adds a document to a draft `{ draftId, resumeToken, document: { kind, … }, files? }`; the
 * scans go through `checkFile` and the antivirus hook, and a newer document of a kind replaces
 * the older.
 *
 * @param ctx - the account context
 * @param input - `{ draftId, resumeToken, document, files? }`, validated at run time
 * @returns the draft
 * @example
 * ```ts
 * await addDocument(ctx, { draftId, resumeToken, document: { kind: 'foreign_passport', number: 'FA1234567', country: 'UZB', expiresOn: '2031-01-01' } });
 * ```
 */
export async function addDocument(
  ctx: AccountContext,
  input: RegistrationInput<'addDocument'>,
): Promise<Result<DraftView, AccountIssueCode>> {
  const read = readInput(registrationInputSchemas.addDocument, input);
  if (!read.success) return read;
  return editDraft(ctx, read.data, 'registration.document_added', async (draft, now) => {
    const parsed = parseDocument(read.data.document, ['document'], {
      now,
      passportValidityMonths: ctx.policy.passportValidityMonths,
    });
    if (!parsed.success) return parsed;
    if (draft.documents.some((d) => d.kind === parsed.data.kind && d.masked === parsed.data.masked))
      return fail(issue('document.duplicate', ['document']));
    const files = await storeFiles(ctx, read.data.files ?? [], draft.id, parsed.data.kind, now);
    if (!files.success) return files;
    const doc = storedDocument(ctx, 'draft', draft.id, parsed.data, files.data, now);
    // One document per kind: a newer one replaces the older (a renewed permit, a new passport).
    const documents = [...draft.documents.filter((d) => d.kind !== doc.kind), doc];
    return ok(
      { draft: { ...draft, documents }, payload: { kind: doc.kind, files: files.data.length } },
      [...(parsed.warnings ?? []), ...(files.warnings ?? [])],
    );
  });
}
