import { ok, readInput, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { runAccountStep } from '../steps/run-account-step.js';
import { storeFiles } from '../_lib/store-files.js';
import { identityView } from '../_lib/identity-view.js';
import { accountParty } from '../_lib/journal-draft.js';
import { parseDocument } from '../_lib/parse-document.js';
import { storedDocument } from '../_lib/stored-document.js';
import { ownedAccount } from './_lib/owned-account.js';
import { reopenIfNeeded } from './_lib/reopen-if-needed.js';
import { refuseTakenDocument } from '../_lib/refuse-taken-document.js';
import { identityInputSchemas, type IdentityInput } from './identity-input-schemas.js';
import type { IdentityView } from './identity-views.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Adds or replaces a document `{ document: { kind, … }, files? }`. One person, one account: a
 * document another account holds is refused (`document.unavailable`). For a residence-permit
 * holder at the standard level or above, a new permit re-opens the registry check (ACC-6).
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @param input - `{ document, files? }`, validated at run time
 * @returns the identity view
 * @example
 * ```ts
 * await addIdentityDocument(ctx, auth, { document: { kind: 'snils', number: '112-233-445 95' } });
 * ```
 */
export async function addIdentityDocument(
  ctx: AccountContext,
  auth: AuthContext,
  input: IdentityInput<'addDocument'>,
): Promise<Result<IdentityView, AccountIssueCode>> {
  const read = readInput(identityInputSchemas.addDocument, input);
  if (!read.success) return read;
  const account = await ownedAccount(ctx, auth);
  if (!account.success) return account;
  const now = ctx.clock.now();
  const parsed = parseDocument(read.data.document, ['document'], {
    now,
    passportValidityMonths: ctx.policy.passportValidityMonths,
  });
  if (!parsed.success) return parsed;
  const taken = await refuseTakenDocument(
    ctx,
    { by: 'account', accountId: auth.accountId },
    parsed.data,
    ['document'],
  );
  if (taken !== undefined) return taken;
  const files = await storeFiles(ctx, read.data.files ?? [], auth.accountId, parsed.data.kind, now);
  if (!files.success) return files;
  const added = await runAccountStep(
    ctx,
    auth.accountId,
    accountParty(auth.accountId),
    async (current, at) => {
      const doc = storedDocument(ctx, 'account', current.id, parsed.data, files.data, at);
      const replaced = current.documents.some((d) => d.kind === doc.kind);
      let next: AccountRecord = {
        ...current,
        documents: [...current.documents.filter((d) => d.kind !== doc.kind), doc],
        updatedAt: at,
      };
      let transitions: readonly object[] = [];
      if (replaced && doc.kind === 'residence_permit') {
        const reopened = await reopenIfNeeded(ctx, next, at);
        if (!reopened.success) return { result: reopened };
        next = reopened.data.account;
        transitions = reopened.data.transitions;
      }
      return {
        result: ok(identityView(ctx, next), [
          ...(parsed.warnings ?? []),
          ...(files.warnings ?? []),
        ]),
        account: next,
        journal: [
          {
            action: 'identity.document_added',
            payload: {
              kind: doc.kind,
              replaced,
              files: doc.fileIds.length,
              transitions: transitions.map((t) => ({ ...t })),
            },
          },
        ],
      };
    },
  );
  // Another account bound the same document meanwhile: its unique key won the race.
  if (!added.success && added.issues.some((i) => i.code === 'contact.unavailable'))
    return (
      (await refuseTakenDocument(ctx, { by: 'account', accountId: auth.accountId }, parsed.data, [
        'document',
      ])) ?? added
    );
  return added;
}
