/**
 * One-time codes by SMS and e-mail, TOTP and backup codes.
 *
 * @module @kabinet/otp
 */
export {};
