/**
 * The message catalogue of `@kabinet/otp` (ru/en): issue codes, verification outcomes and
 * the texts sent with a code.
 *
 * @module @kabinet/otp/messages
 */
export { otpMessages, type OtpMessageCode } from './otp-messages.js';
