import { ok, type Result } from '@kabinet/core';
import type { AccountRecord, PendingContactChange } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { AuthContext, RequestMeta } from '../../context/auth-context.js';
import type { CodeSent } from '../../context/code-sent.js';
import { contactOwner } from '../../_lib/contact-owner.js';
import { piiContext, type ContactValue } from '../../_lib/contact-values.js';
import { reserveSend } from '../../_lib/guard-code.js';
import { accountParty, journalDraft } from '../../_lib/journal-draft.js';
import { sendEmail, sendSms } from '../../_lib/notify.js';
import { runAccountStep } from '../../steps/run-account-step.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/**
 * Sends the code for a change (or, with `restoresSeq`, a restore) to a new value and records
 * the pending change; a value another account owns gets a notice instead of a code (S-8).
 */
export async function startChange(
  ctx: AccountContext,
  auth: AuthContext,
  account: AccountRecord,
  contact: ContactValue,
  meta: RequestMeta,
  restoresSeq?: number,
): Promise<Result<CodeSent, AccountIssueCode>> {
  const otpChannel = contact.channel === 'phone' ? ('sms' as const) : ('email' as const);
  // S-5: a claimed contact's budget, not its owner's: naming someone's phone here cannot use up their login codes.
  const reserved = await reserveSend(ctx, otpChannel, contact.blindIndex, meta.ip, 'claim');
  if (!reserved.success) return reserved;
  const otpInput = {
    purpose: 'contact-change' as const,
    channel: otpChannel,
    destination: contact.value,
    sessionId: auth.sessionId,
    subject: account.id,
  };
  const owner = await contactOwner(ctx, contact.channel, contact.value, contact.blindIndex);
  let challenge: { challengeId: string; destinationMasked: string; codeExpiresAt: number };
  if (owner !== undefined && owner.id !== account.id) {
    const issued = await ctx.otp.issue(otpInput);
    if (!issued.success) return issued;
    challenge = issued.data;
    const notice = { code: 'notice.already_registered', purpose: 'notice' as const };
    if (contact.channel === 'phone') await sendSms(ctx, contact.value, notice);
    else await sendEmail(ctx, contact.value, notice);
  } else {
    const sent = await ctx.otp.issueAndSend(otpInput, ctx.senders, { locale: ctx.locale });
    if (!sent.success) return sent;
    challenge = sent.data;
  }
  return runAccountStep(ctx, account.id, accountParty(account.id), async (current, now) => {
    const pending: PendingContactChange = {
      channel: contact.channel,
      value: ctx.pii.encrypt(
        contact.value,
        piiContext('account', current.id, `pending:${contact.channel}`),
      ),
      blindIndex: contact.blindIndex,
      masked: contact.masked,
      challengeId: challenge.challengeId,
      requestedAt: now,
      ...(restoresSeq === undefined ? {} : { restoresSeq }),
    };
    return {
      result: ok({
        channel: contact.channel,
        sentTo: challenge.destinationMasked,
        expiresAt: challenge.codeExpiresAt,
      }),
      account: {
        ...current,
        pendingContactChanges: [
          ...current.pendingContactChanges.filter((p) => p.channel !== contact.channel),
          pending,
        ],
        updatedAt: now,
      },
      journal: [
        restoresSeq === undefined
          ? journalDraft('contact.change_requested', {
              kind: contact.channel,
              masked: contact.masked,
            })
          : journalDraft('contact.restore_requested', {
              kind: contact.channel,
              masked: contact.masked,
              fromSeq: restoresSeq,
            }),
      ],
    };
  });
}
