/**
 * The lockout service over the counter port: guarded password and code attempts, send and
 * look-up reservations, support unlock, and the plain-data events to journal.
 *
 * @module @kabinet/lockout/service
 */
export { createLockoutService, type LockoutServiceDeps } from './create-lockout-service.js';
export type {
  LockoutService,
  AccountLockStatus,
  CodeAttemptInput,
  CodeAttemptResult,
  OwnerUnlockInput,
  PasswordAttemptInput,
  PasswordAttemptOptions,
  PasswordAttemptResult,
  SendInput,
  SupportUnlockInput,
} from './lockout-service.js';
export { judgeAttempt, type Verdict } from './judge-attempt.js';
export type { LockoutEvent } from './lockout-event.js';
