import { fail, issue, type Result } from '@kabinet/core';
import type { AccountContext } from '../../context/account-context.js';
import { documentHolder } from '../../_lib/document-index.js';
import { accountParty } from '../../_lib/journal-draft.js';
import type { ParsedDocument } from '../../_lib/parse-document.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/**
 * One person, one account: a document another account holds is refused with the generic
 * `document.unavailable` (contact support) — which account holds it is not said — and the
 * attempt is journaled on this account and on the holder's.
 */
export async function refuseTakenDocument(
  ctx: AccountContext,
  accountId: string,
  doc: ParsedDocument,
  path: readonly (string | number)[],
): Promise<Result<never, AccountIssueCode> | undefined> {
  const holder = await documentHolder(ctx, doc.kind, doc.fields, accountId);
  if (holder === undefined) return undefined;
  await ctx.journal.append({
    actor: accountParty(accountId),
    action: 'identity.document_refused',
    subject: accountParty(accountId),
    payload: { kind: doc.kind },
  });
  await ctx.journal.append({
    actor: { type: 'system', id: 'identity' },
    action: 'identity.document_reuse_refused',
    subject: accountParty(holder.id),
    payload: { kind: doc.kind, attempt: 'account' },
  });
  return fail(issue('document.unavailable', path, { kind: doc.kind }));
}
