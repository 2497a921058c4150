/**
 * One-time codes by SMS and e-mail: challenges stored as HMACs, bound to the session that
 * asked (OTP-2), single use, a per-challenge attempt cap (S-3, S-4), and the two-channel
 * confirmation of CONTACT-3.
 *
 * @module @kabinet/otp/code
 */
export {
  OTP_CHANNELS,
  OTP_PURPOSES,
  type ChallengeRecord,
  type ChallengeView,
  type OtpChannel,
  type OtpPurpose,
} from './challenge-record.js';
export { defaultOtpPolicy, strictOtpPolicy, type OtpPolicy } from './otp-policy.js';
export { MAX_OTP_TTL_MS, MIN_OTP_BITS } from './check-otp-policy.js';
export { defineOtpPolicy } from './define-otp-policy.js';
export { createOtpService, type OtpServiceDeps } from './create-otp-service.js';
export type {
  ConfirmationStatus,
  ConfirmationStatusInput,
  IssueCodeInput,
  IssuedCode,
  OtpIssueCode,
  OtpService,
  SentCode,
  VerifyCodeInput,
  VerifyOutcome,
} from './otp-service.js';
