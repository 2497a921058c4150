/**
 * Attempt and send limits: code blocks, progressive password lockout, per-IP caps, resend cooldowns.
 *
 * @module @kabinet/lockout
 */
export {};
