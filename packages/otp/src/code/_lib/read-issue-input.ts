import { fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import { isIdString } from '../../_lib/strings.js';
import { OTP_CHANNELS, OTP_PURPOSES } from '../challenge-record.js';
import type { IssueCodeInput, OtpIssueCode } from '../otp-service.js';
import { normalizeDestination } from './normalize-destination.js';

const MAX_DESTINATION = 320;

/**
 * Reads `issue`'s input: a known purpose and channel, a destination of its channel's form
 * (E.164 phone, CONTACT-1, or an e-mail address), normalized; a session id and a subject.
 * Every field's issue is reported at once.
 */
export function readIssueInput(input: IssueCodeInput): Result<IssueCodeInput, OtpIssueCode> {
  const value: Partial<Record<keyof IssueCodeInput, unknown>> =
    typeof input === 'object' && input !== null ? input : {};
  const issues: Issue<OtpIssueCode>[] = [];
  const purpose = OTP_PURPOSES.find((p) => p === value.purpose);
  if (purpose === undefined) issues.push(issue('otp.purpose.unknown', ['purpose']));
  const channel = OTP_CHANNELS.find((c) => c === value.channel);
  if (channel === undefined) issues.push(issue('otp.channel.unknown', ['channel']));
  let destination = '';
  if (typeof value.destination !== 'string' || value.destination.trim() === '') {
    issues.push(issue('otp.destination.required', ['destination']));
  } else if (value.destination.length > MAX_DESTINATION) {
    issues.push(issue('otp.destination.too_long', ['destination'], { max: MAX_DESTINATION }));
  } else if (channel !== undefined) {
    destination = normalizeDestination(channel, value.destination);
    const valid =
      channel === 'sms'
        ? /^\+\d{10,15}$/u.test(destination)
        : /^[^\s@]+@[^\s@]+$/u.test(destination);
    if (!valid) issues.push(issue('otp.destination.invalid', ['destination'], { channel }));
  }
  if (!isIdString(value.sessionId, 512)) issues.push(issue('otp.session.required', ['sessionId']));
  if (!isIdString(value.subject)) issues.push(issue('otp.subject.required', ['subject']));
  if (issues.length > 0 || purpose === undefined || channel === undefined) return fail(issues);
  return ok({
    purpose,
    channel,
    destination,
    sessionId: value.sessionId as string,
    subject: value.subject as string,
  });
}
