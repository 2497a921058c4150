/**
 * Login with a password and a second factor, password change, second-factor settings and
 * access recovery, and the owner's self-service unlock of a password lock (OTP-4 … OTP-6, S-1,
 * S-2, S-6 … S-8, S-11, ACC-9).
 *
 * @example
 * ```ts
 * import { createAuthService } from '@kabinet/account/auth';
 * ```
 *
 * @module @kabinet/account/auth
 */
export {
  createAuthService,
  type AuthService,
  type LoginResult,
  type LoginAuthenticated,
  type SecondFactorRequired,
  type SecondFactorChoice,
  type LoginCodeSent,
  type LoginCompleted,
  type PasswordChanged,
  type TotpEnrollment,
  type BackupCodes,
  type SecondFactorSet,
  type AccessRecovered,
  type CodeNotSent,
  type UnlockRequested,
  type AccountUnlocked,
} from './create-auth-service.js';
export { authInputSchemas } from './auth-input-schemas.js';
