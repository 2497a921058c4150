/**
 * Login with a password and a second factor, password change, second-factor settings and
 * access recovery, and the owner's self-service unlock of a password lock (OTP-4 … OTP-6, S-1,
 * S-2, S-6 … S-8, S-11, ACC-9).
 *
 * @example
 * ```ts
 * import { createAccountServices } from '@kabinet/account/context';
 * import type { AuthService } from '@kabinet/account/auth';
 * const auth: AuthService = createAccountServices(config).auth;
 * ```
 *
 * @module @kabinet/account/auth
 */
export type {
  AuthService,
  LoginResult,
  LoginAuthenticated,
  SecondFactorRequired,
  SecondFactorChoice,
  LoginCodeSent,
  LoginCompleted,
  PasswordChanged,
  TotpEnrollment,
  BackupCodes,
  SecondFactorSet,
  AccessRecovered,
  CodeNotSent,
  UnlockRequested,
  AccountUnlocked,
} from './create-auth-service.js';
export { authInputSchemas, type AuthInput } from './auth-input-schemas.js';
