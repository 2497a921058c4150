import { issue, ok, renderIssue, SendError, type Locale, type Result } from '@kabinet/core';
import type { DeliveryResult, MessagePurpose, Senders } from '@kabinet/ports';
import { otpMessages } from '../messages/otp-messages.js';
import { normalizeDestination } from './_lib/normalize-destination.js';
import type { OtpContext } from './_lib/otp-context.js';
import type { OtpPurpose } from './challenge-record.js';
import { issueCode } from './issue-code.js';
import type { IssueCodeInput, OtpIssueCode, SentCode } from './otp-service.js';

const PURPOSE_TO_MESSAGE: Readonly<Record<OtpPurpose, MessagePurpose>> = {
  registration: 'registration-code',
  'contact-change': 'contact-change-code',
  confirmation: 'confirmation-code',
  login: 'login-code',
  payment: 'payment-code',
  recovery: 'confirmation-code',
};

/**
 * Issues a code ({@link issueCode}) and sends it by SMS or e-mail with the catalogue's text in
 * `locale` (default `ru`). A failed send leaves the challenge in place (request a new code to
 * retry); a sender that throws is a `SendError` naming the challenge.
 *
 * @param ctx - the one-time-code context
 * @param input - purpose, channel, destination, session and subject
 * @param senders - the SMS and e-mail senders
 * @param options - the message locale
 * @returns the challenge (without the code) and the gateway's answer, or the input's issues
 * @throws SendError when the sender throws
 * @example
 * ```ts
 * const sent = await issueAndSend(ctx, { purpose: 'login', channel: 'email', destination, sessionId, subject }, senders, { locale: 'en' });
 * ```
 */
export async function issueAndSend(
  ctx: OtpContext,
  input: IssueCodeInput,
  senders: Pick<Senders, 'sms' | 'email'>,
  options: { readonly locale?: Locale } = {},
): Promise<Result<SentCode, OtpIssueCode>> {
  const issued = await issueCode(ctx, input);
  if (!issued.success) return issued;
  const { code, ...rest } = issued.data;
  const locale = options.locale ?? 'ru';
  const params = { code, minutes: Math.ceil(ctx.policy.ttlMs / 60_000) };
  const purpose = PURPOSE_TO_MESSAGE[rest.purpose];
  const to = normalizeDestination(rest.channel, input.destination);
  let delivery: DeliveryResult;
  try {
    delivery =
      rest.channel === 'sms'
        ? await senders.sms.send({
            to,
            purpose,
            text: renderIssue(issue('otp.message.sms', [], params), locale, otpMessages),
          })
        : await senders.email.send({
            to,
            purpose,
            subject: renderIssue(
              issue('otp.message.email_subject', [], params),
              locale,
              otpMessages,
            ),
            text: renderIssue(issue('otp.message.email_text', [], params), locale, otpMessages),
          });
  } catch (error) {
    throw new SendError(`the ${rest.channel} sender failed`, {
      cause: error,
      details: { challengeId: rest.challengeId },
    });
  }
  return ok({ ...rest, delivery });
}
