/**
 * Payment methods' first-use security check (PAY-2): the verifier port the payments service
 * calls. The simulated verifier for tests and demos is in `@kabinet/payments/testing`.
 *
 * @example
 * ```ts
 * import type { MethodCheckVerifier } from '@kabinet/payments/methods';
 * const methodCheck: MethodCheckVerifier = myBankSecurityCheck;
 * ```
 *
 * @module @kabinet/payments/methods
 */
export type {
  MethodCheckVerifier,
  MethodCheckRequest,
  MethodCheckChallenge,
  MethodCheckVerdict,
} from './method-check-verifier.js';
