/**
 * Pure lockout decisions over counter state and `now`: password attempts (progressive
 * delay, account lock, per-IP cap), one-time-code attempts (the five-minute block), sends
 * (cooldown and daily caps) and registry look-ups (daily cap).
 *
 * @module @kabinet/lockout/decide
 */
export type {
  AttemptAllowed,
  AttemptDecision,
  AttemptDenied,
  DenyReason,
} from './attempt-decision.js';
export {
  refusalReason,
  type PasswordDecision,
  type PasswordOutcome,
  type RetryLaterReason,
} from './password-outcome.js';
export { dayWindow, type DayWindow } from './day-window.js';
export { passwordDelayMs } from './password-delay-ms.js';
export { ipDelayMs } from './ip-delay-ms.js';
export {
  decidePasswordAttempt,
  LOCKED_UNTIL_SUPPORT,
  LOCKED_UNTIL_UNLOCK,
  type PasswordAttemptState,
} from './decide-password-attempt.js';
export { failuresBeforeLock } from './failures-before-lock.js';
export { accountLockFor, type AccountLock } from './account-lock-for.js';
export { decideCodeAttempt, type CodeAttemptState } from './decide-code-attempt.js';
export { decideSend, type SendDecision, type SendState } from './decide-send.js';
export { decideLookup, type LookupDecision, type LookupState } from './decide-lookup.js';
