/**
 * The lockout service over the counter port: guarded password and code attempts, send and
 * look-up reservations, support unlock, and the plain-data events to journal.
 *
 * @module @kabinet/lockout/service
 */
export {
  createLockoutService,
  type AccountLockStatus,
  type CodeAttemptInput,
  type CodeAttemptResult,
  type LockoutService,
  type LockoutServiceDeps,
  type OwnerUnlockInput,
  type PasswordAttemptInput,
  type PasswordAttemptOptions,
  type PasswordAttemptResult,
  type SendInput,
  type SupportUnlockInput,
} from './create-lockout-service.js';
export { judgeAttempt, type Verdict } from './judge-attempt.js';
export type { LockoutEvent } from './lockout-event.js';
