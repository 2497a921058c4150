import { fail, isConflict, issue, ok, readInput, type Result } from '@kabinet/core';
import type { DraftRecord } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import type { RequestMeta } from '../context/auth-context.js';
import { guardCode } from '../_lib/guard-code.js';
import { openDraft, runDraftStep } from '../steps/run-draft-step.js';
import { draftView } from './_lib/draft-view.js';
import { codeOutcomeIssue } from '../_lib/code-outcome.js';
import { activateIfReady } from './_lib/activate-if-ready.js';
import { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
import type { DraftView } from './registration-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Confirms a contact of a draft with its code `{ draftId, resumeToken, channel, code }`
 * (OTP-3); the second confirmation activates an account created meanwhile and removes the
 * finished draft (CONTACT-6, ACC-4).
 *
 * @param ctx - the account context
 * @param input - `{ draftId, resumeToken, channel, code }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns the draft
 * @example
 * ```ts
 * await confirmCode(ctx, { draftId, resumeToken, channel: 'phone', code: '123456' }, { ip });
 * ```
 */
export async function confirmCode(
  ctx: AccountContext,
  input: RegistrationInput<'confirmCode'>,
  meta: RequestMeta = {},
): Promise<Result<DraftView, AccountIssueCode>> {
  const read = readInput(registrationInputSchemas.confirmCode, input);
  if (!read.success) return read;
  const { channel, code } = read.data;
  const draft = await openDraft(ctx, read.data.draftId, read.data.resumeToken);
  if (draft === undefined) return fail(issue('registration.draft_not_found', ['draftId']));
  const contact = draft[channel];
  if (contact === undefined || contact.challengeId === undefined)
    return fail(issue('registration.contact_not_set', ['channel']));
  if (contact.confirmedAt !== undefined)
    return fail(issue('registration.contact_confirmed', ['channel']));
  const challengeId = contact.challengeId;
  // OTP-3: a wrong code blocks this phone or e-mail for five minutes, whatever the flow.
  const guarded = await guardCode(ctx, `${channel}:${contact.blindIndex}`, meta.ip, () =>
    ctx.otp.verify({ challengeId, sessionId: draft.sessionId, code }),
  );
  if (!guarded.success) return guarded;
  const verdict = guarded.data;
  // A resumed draft has a new session: its old codes answer as expired (OTP-2).
  if (verdict.outcome !== 'ok') return fail(codeOutcomeIssue(verdict.outcome));
  let confirmed: DraftRecord | undefined;
  const r = await runDraftStep(ctx, read.data, async (fresh, now) => {
    const current = fresh[channel];
    if (current?.challengeId !== challengeId)
      return { result: fail(issue('auth.code_expired', ['code'])) };
    if (current.confirmedAt !== undefined) return { result: ok(draftView(ctx, fresh)) };
    const next: DraftRecord = { ...fresh, [channel]: { ...current, confirmedAt: now } };
    confirmed = next;
    return {
      result: ok(draftView(ctx, next)),
      draft: next,
      journal: [{ action: 'registration.contact_confirmed', payload: { channel } }],
    };
  });
  if (!r.success || confirmed === undefined) return r;
  const activated = await activateIfReady(ctx, confirmed, ctx.clock.now());
  if (!activated.success) return activated;
  if (
    confirmed.accountId !== undefined &&
    confirmed.phone?.confirmedAt !== undefined &&
    confirmed.email?.confirmedAt !== undefined
  ) {
    // Registration is finished: the draft goes (ACC-4 keeps it only until then).
    const done = await ctx.stores.drafts.get(confirmed.id);
    if (done !== undefined) {
      try {
        await ctx.stores.drafts.delete(done.id, done.version);
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
  }
  return r;
}
