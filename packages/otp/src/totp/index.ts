/**
 * Authenticator-app codes (TOTP, RFC 6238 via otplib): secrets, `otpauth://` URIs, and
 * verification with at most one step of drift and replay rejection (S-6, OTP-6).
 *
 * @module @kabinet/otp/totp
 */
export { defaultTotpPolicy, strictTotpPolicy, type TotpPolicy } from './totp-policy.js';
export { defineTotpPolicy } from './define-totp-policy.js';
export { generateTotpSecret, type TotpSecretOptions } from './generate-totp-secret.js';
export { createTotpUri, type TotpUriInput } from './create-totp-uri.js';
export { verifyTotpCode, type TotpOutcome, type VerifyTotpInput } from './verify-totp-code.js';
export {
  createTotpVerifier,
  type TotpStepRecord,
  type TotpVerifier,
  type TotpVerifierDeps,
  type TotpVerifyInput,
} from './create-totp-verifier.js';
