import type { IssueStatusTable } from './issue-status-table.js';

/**
 * `@kabinet/otp`'s and `@kabinet/lockout`'s codes. Keyed by `string`: `@kabinet/http` does not
 * depend on either package, whose `OtpMessageCode` and `LockoutMessageCode` would close it (the
 * test checks every code).
 */
export const otpIssueStatuses: IssueStatusTable<string> = {
  // No such code, or not the caller's.
  'otp.code.not_found': 404,
  // No status of their own: input problems (listed in a 422), labels and notices.
  'backup.code.wrong': null,
  'backup.policy.invalid': null,
  'otp.channel.unknown': null,
  'otp.code.expired': null,
  'otp.code.locked': null,
  'otp.code.used': null,
  'otp.code.wrong': null,
  'otp.code.wrong_session': null,
  'otp.destination.invalid': null,
  'otp.destination.required': null,
  'otp.destination.too_long': null,
  'otp.message.email_subject': null,
  'otp.message.email_text': null,
  'otp.message.sms': null,
  'otp.policy.invalid': null,
  'otp.purpose.unknown': null,
  'otp.session.required': null,
  'otp.subject.required': null,
  'totp.code.replayed': null,
  'totp.code.wrong': null,
  'totp.policy.invalid': null,
  'lockout.policy.invalid': null,
};
