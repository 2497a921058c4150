import { fail, issue, type IssuePath, type Result } from '@kabinet/core';
import type { DocumentKind, JournalParty } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';
import { documentHolder } from './document-index.js';
import { accountParty } from './journal-draft.js';

/** Who tries to bind a document: an account (identity) or a draft (registration). */
export type DocumentAttempt =
  | { readonly by: 'account'; readonly accountId: string }
  | { readonly by: 'registration'; readonly party: JournalParty };

/**
 * One person, one account: a document another account holds is refused with the generic
 * `document.unavailable` (contact support) — which account holds it is not said — and the
 * attempt is journaled on the one who tried (`identity.document_refused` on the account,
 * `registration.document_refused` on the draft) and on the holder's account
 * (`identity.document_reuse_refused`).
 */
export async function refuseTakenDocument(
  ctx: AccountContext,
  attempt: DocumentAttempt,
  doc: { readonly kind: DocumentKind; readonly fields: Readonly<Record<string, string>> },
  path: IssuePath,
): Promise<Result<never, AccountIssueCode> | undefined> {
  const self = attempt.by === 'account' ? attempt.accountId : undefined;
  const holder = await documentHolder(ctx, doc.kind, doc.fields, self);
  if (holder === undefined) return undefined;
  const party = attempt.by === 'account' ? accountParty(attempt.accountId) : attempt.party;
  await ctx.journal.append({
    actor: party,
    action:
      attempt.by === 'account' ? 'identity.document_refused' : 'registration.document_refused',
    subject: party,
    payload: { kind: doc.kind },
  });
  await ctx.journal.append({
    actor: { type: 'system', id: 'identity' },
    action: 'identity.document_reuse_refused',
    subject: accountParty(holder.id),
    payload: { kind: doc.kind, attempt: attempt.by },
  });
  return fail(issue('document.unavailable', path, { kind: doc.kind }));
}
