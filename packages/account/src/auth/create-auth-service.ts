import type { AccountContext } from '../context/account-context.js';
import type { AuthContext, RequestMeta } from '../context/auth-context.js';
import type { AuthInput } from './auth-input-schemas.js';
import type {
  AccessRecovered,
  AccountUnlocked,
  BackupCodes,
  LoginCodeSent,
  LoginCompleted,
  LoginResult,
  PasswordChanged,
  SecondFactorSet,
  TotpEnrollment,
  UnlockRequested,
} from './auth-results.js';
import { beginTotpEnrollment } from './begin-totp-enrollment.js';
import { changePassword } from './change-password.js';
import { completeLogin } from './complete-login.js';
import { confirmTotpEnrollment } from './confirm-totp-enrollment.js';
import { confirmUnlock } from './confirm-unlock.js';
import { login } from './login.js';
import { recoverAccess } from './recover-access.js';
import { regenerateBackupCodes } from './regenerate-backup-codes.js';
import { requestUnlock } from './request-unlock.js';
import { sendLoginCode } from './send-login-code.js';
import { setSecondFactor } from './set-second-factor.js';
import type { AccountResult } from '../messages/account-result.js';

export type {
  AccessRecovered,
  AccountUnlocked,
  BackupCodes,
  CodeNotSent,
  LoginAuthenticated,
  LoginCodeSent,
  LoginCompleted,
  LoginResult,
  PasswordChanged,
  SecondFactorChoice,
  SecondFactorRequired,
  SecondFactorSet,
  TotpEnrollment,
  UnlockRequested,
} from './auth-results.js';

/** Login with two factors, password change and second-factor settings (OTP-4 … OTP-6, S-1, S-2, S-7, S-8, S-11). */
export interface AuthService {
  /**
   * Checks `{ login, password }` (login: phone or e-mail). Every failure — unknown account,
   * wrong password, locked or blocked account, too many attempts — is the same
   * `auth.invalid_credentials` with comparable timing (S-8).
   */
  login(input: AuthInput<'login'>, meta?: RequestMeta): Promise<AccountResult<LoginResult>>;
  /** Sends (or re-sends) a login code `{ loginToken, method: 'sms' | 'email' }`. */
  sendLoginCode(
    input: AuthInput<'sendLoginCode'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<LoginCodeSent>>;
  /** Completes a login `{ loginToken, method, code }` and opens a session with a new id. */
  completeLogin(
    input: AuthInput<'completeLogin'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<LoginCompleted>>;
  /** Changes the password `{ currentPassword, newPassword, endOtherSessions? }` (no reuse of recent ones, OTP-4). */
  changePassword(
    auth: AuthContext,
    input: AuthInput<'changePassword'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<PasswordChanged>>;
  /** Starts an authenticator-app enrolment (needs recent re-authentication, S-11): the secret and its `otpauth://` URI. */
  beginTotpEnrollment(auth: AuthContext): Promise<AccountResult<TotpEnrollment>>;
  /** Finishes the enrolment with a code `{ code }`; makes TOTP the preferred factor and issues backup codes (shown once). */
  confirmTotpEnrollment(
    auth: AuthContext,
    input: AuthInput<'totpCode'>,
  ): Promise<AccountResult<BackupCodes>>;
  /** Chooses the preferred second factor `{ method }` (S-11). */
  setSecondFactor(
    auth: AuthContext,
    input: AuthInput<'secondFactor'>,
  ): Promise<AccountResult<SecondFactorSet>>;
  /** Issues a new set of backup codes; the old set stops working (S-11). */
  regenerateBackupCodes(auth: AuthContext): Promise<AccountResult<BackupCodes>>;
  /**
   * Finishes an access recovery support started (ACC-9) `{ token, newPassword }`: a new
   * password, every session ended, the second factor back to SMS (the lost device is
   * dropped); the next login still needs a second factor (ASVS 6.4.3).
   */
  recoverAccess(input: AuthInput<'recoverAccess'>): Promise<AccountResult<AccessRecovered>>;
  /**
   * Asks for a self-service unlock `{ login, channel?: 'sms' | 'email' }` (S-7): a code goes to
   * the account's confirmed phone or e-mail (default: the login's own channel). The answer is
   * the same for unknown logins (S-8); the send budget is its own, so unlock requests cannot
   * use up the login codes' budget, and it is limited like every send (S-5).
   */
  requestUnlock(
    input: AuthInput<'requestUnlock'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<UnlockRequested>>;
  /**
   * Lifts the account's password lock with the code `{ unlockToken, code }` (S-7): the
   * failures, the lock and its series go, the address it came from is trusted for the
   * account, and it is journaled (`auth.unlocked_by_owner`). The password is still needed to
   * log in, then the second factor. Codes are guarded like every code (OTP-3, S-4).
   */
  confirmUnlock(
    input: AuthInput<'confirmUnlock'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<AccountUnlocked>>;
}

/**
 * Creates the login service.
 *
 * @param ctx - the account context
 * @returns the service
 * @example
 * ```ts
 * const auth = createAuthService(ctx);
 * const step1 = await auth.login({ login: '+998901234567', password }, { ip });
 * if (step1.success && step1.data.status === 'second_factor_required') {
 *   await auth.completeLogin({ loginToken: step1.data.loginToken, method: 'totp', code }, { ip });
 * }
 * ```
 */
export function createAuthService(ctx: AccountContext): AuthService {
  return {
    login: (input, meta) => login(ctx, input, meta),
    sendLoginCode: (input, meta) => sendLoginCode(ctx, input, meta),
    completeLogin: (input, meta) => completeLogin(ctx, input, meta),
    changePassword: (auth, input, meta) => changePassword(ctx, auth, input, meta),
    beginTotpEnrollment: (auth) => beginTotpEnrollment(ctx, auth),
    confirmTotpEnrollment: (auth, input) => confirmTotpEnrollment(ctx, auth, input),
    setSecondFactor: (auth, input) => setSecondFactor(ctx, auth, input),
    regenerateBackupCodes: (auth) => regenerateBackupCodes(ctx, auth),
    recoverAccess: (input) => recoverAccess(ctx, input),
    requestUnlock: (input, meta) => requestUnlock(ctx, input, meta),
    confirmUnlock: (input, meta) => confirmUnlock(ctx, input, meta),
  };
}
