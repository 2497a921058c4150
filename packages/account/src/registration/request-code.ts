import { fail, issue, ok, prefixIssues, readInput, type Result } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';
import type { RequestMeta } from '../context/auth-context.js';
import type { CodeSent } from '../context/code-sent.js';
import { piiContext } from '../_lib/contact-values.js';
import { sendEmail, sendSms } from '../_lib/notify.js';
import { reserveSend } from '../_lib/guard-code.js';
import { openDraft, runDraftStep } from '../steps/run-draft-step.js';
import { contactOwner } from '../_lib/contact-owner.js';
import { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Sends the code confirming one contact of a draft `{ draftId, resumeToken, channel: 'phone' |
 * 'email' }`, within the send limits (S-5); the answer never tells whether the contact is
 * taken (S-8).
 *
 * @param ctx - the account context
 * @param input - `{ draftId, resumeToken, channel }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns where the code went (masked) and until when it works
 * @example
 * ```ts
 * const sent = await requestCode(ctx, { draftId, resumeToken, channel: 'phone' }, { ip });
 * ```
 */
export async function requestCode(
  ctx: AccountContext,
  input: RegistrationInput<'requestCode'>,
  meta: RequestMeta = {},
): Promise<Result<CodeSent, AccountIssueCode>> {
  const read = readInput(registrationInputSchemas.requestCode, input);
  if (!read.success) return read;
  const { channel } = read.data;
  const draft = await openDraft(ctx, read.data.draftId, read.data.resumeToken);
  if (draft === undefined) return fail(issue('registration.draft_not_found', ['draftId']));
  const contact = draft[channel];
  if (contact === undefined) return fail(issue('registration.contact_not_set', ['channel']));
  if (contact.confirmedAt !== undefined)
    return fail(issue('registration.contact_confirmed', ['channel']));
  const otpChannel = channel === 'phone' ? ('sms' as const) : ('email' as const);
  // S-5: limits are keyed on the destination, so a new draft does not reset them; and on the
  // claim budget, so drafts naming an account's confirmed contact cannot spend its owner's.
  const reserved = await reserveSend(ctx, otpChannel, contact.blindIndex, meta.ip, 'claim');
  if (!reserved.success) return fail(prefixIssues(['channel'], reserved.issues));
  const destination = ctx.pii.decrypt(contact.value, piiContext('draft', draft.id, channel));
  const otpInput = {
    purpose: 'registration' as const,
    channel: otpChannel,
    destination,
    sessionId: draft.sessionId,
    subject: draft.id,
  };
  // By the contact itself, not the draft's index, which may be under a key retired since.
  const owner = await contactOwner(ctx, channel, destination);
  let challenge: { challengeId: string; destinationMasked: string; codeExpiresAt: number };
  if (owner !== undefined && owner.id !== draft.accountId) {
    // S-8: the contact is taken. Answer exactly as usual, but tell the contact's owner
    // instead of sending a code; the challenge exists so a confirmation fails as a wrong code.
    const issued = await ctx.otp.issue(otpInput);
    if (!issued.success) return issued;
    challenge = issued.data;
    const notice = { code: 'notice.already_registered', purpose: 'notice' as const };
    if (channel === 'phone') await sendSms(ctx, destination, notice);
    else await sendEmail(ctx, destination, notice);
  } else {
    const sent = await ctx.otp.issueAndSend(otpInput, ctx.senders, { locale: ctx.locale });
    if (!sent.success) return sent;
    challenge = sent.data;
  }
  return runDraftStep(ctx, read.data, async (fresh) => {
    const current = fresh[channel];
    if (current?.blindIndex !== contact.blindIndex || fresh.sessionId !== draft.sessionId)
      return { result: fail(issue('registration.contact_not_set', ['channel'])) };
    return {
      result: ok({
        channel,
        sentTo: challenge.destinationMasked,
        expiresAt: challenge.codeExpiresAt,
      }),
      draft: { ...fresh, [channel]: { ...current, challengeId: challenge.challengeId } },
      journal: [{ action: 'registration.code_sent', payload: { channel } }],
    };
  });
}
