// OtpIssueCode comes from the catalogue's keys: a switch over an issue's code narrows, and a code
// without a message is not one.
import type { Result } from '@kabinet/core';
import { expectTypeOf } from 'vitest';
import type { IssuedCode, OtpIssueCode, OtpService } from './create-otp-service.js';

declare const service: OtpService;
const issued = await service.issue({
  purpose: 'login',
  channel: 'sms',
  destination: '+79123456789',
  sessionId: 's1',
  subject: 'acc_1',
});
expectTypeOf(issued).toEqualTypeOf<Result<IssuedCode, OtpIssueCode>>();
if (!issued.success)
  for (const found of issued.issues)
    switch (found.code) {
      case 'otp.destination.invalid':
        expectTypeOf(found.code).toEqualTypeOf<'otp.destination.invalid'>();
        break;
      case 'otp.purpose.unknown':
      case 'otp.channel.unknown':
      case 'otp.destination.required':
      case 'otp.destination.too_long':
      case 'otp.session.required':
      case 'otp.subject.required':
        break;
      default:
        // Every code is handled above: nothing is left.
        expectTypeOf(found.code).toBeNever();
    }

expectTypeOf<OtpIssueCode>().toEqualTypeOf<
  | 'otp.purpose.unknown'
  | 'otp.channel.unknown'
  | 'otp.destination.required'
  | 'otp.destination.too_long'
  | 'otp.destination.invalid'
  | 'otp.session.required'
  | 'otp.subject.required'
>();
// @ts-expect-error: a code without a message is not an OTP issue code
const unknown: OtpIssueCode = 'otp.destination.unreachable';
void unknown;
