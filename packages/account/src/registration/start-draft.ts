import { createId, ok, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import { draftParty } from '../steps/run-draft-step.js';
import { hashSecret, newSecret } from '../_lib/secrets.js';
import { draftView } from './_lib/draft-view.js';
import { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
import type { DraftAccess } from './registration-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Starts a registration draft `{ userType }` (ACC-3): the draft and its resume token, to keep
 * secret.
 *
 * @param ctx - the account context
 * @param input - `{ userType }`, validated at run time
 * @returns the draft's id, its resume token and the draft
 * @example
 * ```ts
 * const r = await startDraft(ctx, { userType: 'foreign_citizen' });
 * if (r.success) remember(r.data.draftId, r.data.resumeToken);
 * ```
 */
export async function startDraft(
  ctx: AccountContext,
  input: RegistrationInput<'start'>,
): Promise<Result<DraftAccess, AccountIssueCode>> {
  const read = readInput(registrationInputSchemas.start, input);
  if (!read.success) return read;
  const now = ctx.clock.now();
  const resumeToken = newSecret(ctx.random);
  const draft = await ctx.stores.drafts.create({
    id: createId('drf', now, ctx.random),
    createdAt: now,
    updatedAt: now,
    expiresAt: now + ctx.policy.draftTtlMs,
    resumeTokenHash: hashSecret(resumeToken),
    sessionId: newSecret(ctx.random),
    userType: read.data.userType,
    documents: [],
  });
  await ctx.journal.append({
    actor: draftParty(draft.id),
    action: 'registration.started',
    subject: draftParty(draft.id),
    payload: { userType: read.data.userType },
  });
  return ok({ draftId: draft.id, resumeToken, draft: draftView(ctx, draft) });
}
