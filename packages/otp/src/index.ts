/**
 * One-time codes by SMS and e-mail (HMAC at rest, bound to challenge and session, single
 * use, attempt cap), TOTP with replay rejection, and backup codes.
 *
 * @example
 * ```ts
 * import { createOtpService, createTotpVerifier, createBackupCodeService } from '@kabinet/otp';
 * ```
 *
 * @module @kabinet/otp
 */
export * from './code/index.js';
export * from './totp/index.js';
export * from './backup-codes/index.js';
export * from './messages/index.js';
