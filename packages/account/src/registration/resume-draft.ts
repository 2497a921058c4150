import { ok, readInput, type Result } from '@kabinet/core';
import type { DraftRecord } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import { runDraftStep } from '../steps/run-draft-step.js';
import { hashSecret, newSecret } from '../_lib/secrets.js';
import { draftView } from './_lib/draft-view.js';
import { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
import type { DraftAccess } from './registration-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Resumes a draft after a lost session `{ draftId, resumeToken }`: a new resume token replaces
 * the old one, and codes sent before stop working (OTP-2).
 *
 * @param ctx - the account context
 * @param input - `{ draftId, resumeToken }`, validated at run time
 * @returns the draft with its new resume token
 * @example
 * ```ts
 * const r = await resumeDraft(ctx, { draftId, resumeToken });
 * ```
 */
export async function resumeDraft(
  ctx: AccountContext,
  input: RegistrationInput<'draft'>,
): Promise<Result<DraftAccess, AccountIssueCode>> {
  const read = readInput(registrationInputSchemas.draft, input);
  if (!read.success) return read;
  const resumeToken = newSecret(ctx.random);
  const r = await runDraftStep(ctx, read.data, async (draft) => {
    const next: DraftRecord = {
      ...draft,
      resumeTokenHash: hashSecret(resumeToken),
      sessionId: newSecret(ctx.random),
    };
    return { result: ok(next), draft: next, journal: [{ action: 'registration.resumed' }] };
  });
  return r.success
    ? ok({
        draftId: r.data.id,
        resumeToken,
        draft: draftView(ctx, { ...r.data, expiresAt: ctx.clock.now() + ctx.policy.draftTtlMs }),
      })
    : r;
}
