/**
 * Test doubles for `createKabinet`, never loaded unless imported: every port in memory or
 * simulated (`inMemoryPorts`), the simulated payments and authority, and the account context
 * behind a `Kabinet` for tests that look inside.
 *
 * @example
 * ```ts
 * import { createKabinet, generateDevelopmentKeys } from 'kabinet';
 * import { inMemoryPorts } from 'kabinet/testing';
 * const kabinet = createKabinet({ keys: generateDevelopmentKeys(), ...inMemoryPorts() });
 * ```
 *
 * @module kabinet/testing
 */
export { inMemoryPorts, type InMemoryPortsOptions } from './in-memory-ports.js';
export {
  simulatedPayments,
  type SimulatedPayments,
  type SimulatedPaymentsOptions,
} from './simulated-payments.js';
export { simulatedAgency, type SimulatedAgencyChoice } from './simulated-agency.js';
export { accountContextOf } from './account-context-of.js';
