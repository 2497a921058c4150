/**
 * Attempt and send limits: pure decisions over counter state and `now` (the five-minute
 * block after a wrong code, progressive password delay and account lock, per-IP caps,
 * resend cooldowns and daily send and look-up caps) and a service that applies them over
 * the atomic counter port.
 *
 * @example
 * ```ts
 * import { createLockoutService, defaultLockoutPolicy } from '@kabinet/lockout';
 * ```
 *
 * @module @kabinet/lockout
 */
export * from './policy/index.js';
export * from './decide/index.js';
export * from './service/index.js';
export * from './messages/index.js';
