import { createId, fail, isConflict, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountRecord, DraftRecord, Stored } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import { draftParty, openDraft } from '../steps/run-draft-step.js';
import { retiredKeyOwner } from '../_lib/contact-owner.js';
import { missingSteps } from './_lib/draft-view.js';
import { ACCOUNT_COLLECTIONS } from '../context/account-collections.js';
import { accountKeys } from '../_lib/account-keys.js';
import { accountParty } from '../_lib/journal-draft.js';
import { refuseTakenDocument } from '../_lib/refuse-taken-document.js';
import { isJournalKeyConflict } from '../steps/run-account-step.js';
import { buildAccount } from './_lib/build-account.js';
import { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
import type { CreatedAccount } from './registration-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Creates the account of a finished draft `{ draftId, resumeToken }`: active at once when both
 * contacts are confirmed, otherwise waiting for them (CONTACT-6). One person, one account: a
 * document or contact another account holds is refused without saying which.
 *
 * @param ctx - the account context
 * @param input - `{ draftId, resumeToken }`, validated at run time
 * @returns the new account's id, lifecycle and level
 * @example
 * ```ts
 * const r = await createAccount(ctx, { draftId, resumeToken });
 * if (r.success) welcome(r.data.accountId);
 * ```
 */
export async function createAccount(
  ctx: AccountContext,
  input: RegistrationInput<'draft'>,
): Promise<Result<CreatedAccount, AccountIssueCode>> {
  const read = readInput(registrationInputSchemas.draft, input);
  if (!read.success) return read;
  for (let round = 0; round <= ctx.policy.conflictRetries; round++) {
    const draft = await openDraft(ctx, read.data.draftId, read.data.resumeToken);
    if (draft === undefined) return fail(issue('registration.draft_not_found', ['draftId']));
    if (draft.accountId !== undefined) return fail(issue('registration.already_created', []));
    const todo = missingSteps(ctx, draft);
    if (todo.length > 0)
      return fail(todo.map((step) => issue('registration.step_missing', [], { step })));
    const now = ctx.clock.now();
    const id = createId('acc', now, ctx.random);
    const built = buildAccount(ctx, draft, id, now);
    // One person, one account: a document another account holds is refused without saying
    // which account (contact support), and journaled on the draft and on the holder.
    const documentTaken = async (): Promise<Result<never, AccountIssueCode> | undefined> => {
      for (const doc of built.account.documents) {
        const fields = built.documentFields[doc.id] ?? {};
        const attempt = { by: 'registration', party: draftParty(draft.id) } as const;
        const refused = await refuseTakenDocument(ctx, attempt, { kind: doc.kind, fields }, [
          'documents',
        ]);
        if (refused !== undefined) return refused;
      }
      return undefined;
    };
    const taken = await documentTaken();
    if (taken !== undefined) return taken;
    // The store's unique keys cover the current blind-index key; an owner not yet re-keyed after a rotation is looked up.
    for (const channel of ['phone', 'email'] as const) {
      if ((await retiredKeyOwner(ctx, channel, built.contacts[channel])) !== undefined)
        return fail(issue('contact.unavailable', []));
    }
    // One unit: the draft is claimed (so two submits cannot create two accounts), the account
    // created and journaled, and a finished draft removed — together or not at all on a
    // backend with a unit of work; a crash in between leaves no claimed draft without its account.
    let claimed: Stored<DraftRecord> | undefined;
    try {
      await ctx.units.run(async (unit) => {
        const drafts = unit.versioned<DraftRecord>(ACCOUNT_COLLECTIONS.drafts);
        const { version, ...plain } = draft;
        claimed = await drafts.update({ ...plain, accountId: id, updatedAt: now }, version);
        await unit
          .versioned<AccountRecord>(ACCOUNT_COLLECTIONS.accounts)
          .create(built.account, { uniqueKeys: accountKeys(built.account) });
        await unit.append({
          actor: draftParty(draft.id),
          action: 'account.created',
          subject: accountParty(id),
          // The first contact versions of the history (CONTACT-5); the payload is encrypted beside the chain.
          payload: {
            draftId: draft.id,
            userType: built.account.userType,
            documents: built.account.documents.map((d) => d.kind),
            transitions: built.transitions.map((t) => ({ ...t })),
            phone: built.contacts.phone,
            email: built.contacts.email,
          },
        });
        if (built.active) await drafts.delete(claimed.id, claimed.version);
      });
    } catch (error) {
      if (!isConflict(error)) throw error;
      // Without a unit of work the claim may have been written before the account failed: undo it.
      if (claimed !== undefined && !ctx.units.atomic) {
        const { version, accountId: _a, ...plain } = claimed;
        await ctx.stores.drafts.update(plain, version).catch(() => undefined);
      }
      // The draft moved (another submit): decide again. Otherwise the account lost on a unique key.
      if (claimed === undefined || isJournalKeyConflict(error)) continue;
      return (await documentTaken()) ?? fail(issue('contact.unavailable', []));
    }
    return ok({ accountId: id, lifecycle: built.account.lifecycle, level: built.account.level });
  }
  return fail(issue('registration.draft_not_found', ['draftId']));
}
