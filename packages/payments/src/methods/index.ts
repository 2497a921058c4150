/**
 * Payment methods' first-use security check (PAY-2): the injected verifier port and a
 * simulated verifier for tests and demos.
 *
 * @example
 * ```ts
 * import { createSimulatedMethodCheck } from '@kabinet/payments/methods';
 * const methodCheck = createSimulatedMethodCheck({ clock });
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
export {
  createSimulatedMethodCheck,
  type SimulatedMethodCheck,
  type SimulatedMethodCheckOptions,
} from './create-simulated-method-check.js';
