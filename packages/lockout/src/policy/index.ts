/**
 * Lockout policies: every number behind code blocks, password delays and locks, per-IP
 * caps, send and look-up limits, with the domain preset and the standards' preset.
 *
 * @module @kabinet/lockout/policy
 */
export {
  defaultLockoutPolicy,
  strictLockoutPolicy,
  supportLockoutPolicy,
  type LockoutPolicy,
} from './lockout-policy.js';
export type { LockoutIssueCode } from './check-lockout-policy.js';
export { defineLockoutPolicy } from './define-lockout-policy.js';
