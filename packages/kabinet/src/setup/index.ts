/**
 * `createKabinet(config)`: one call wires ports, policy, clock and keys into the services.
 *
 * @example
 * ```ts
 * import { createKabinet } from 'kabinet/setup';
 * ```
 *
 * @module kabinet/setup
 */
export { createKabinet } from './create-kabinet.js';
export {
  simulatedPayments,
  type SimulatedPayments,
  type SimulatedPaymentsOptions,
} from './simulated-payments.js';
export { simulatedAgency, type SimulatedAgencyChoice } from './simulated-agency.js';
export type { Kabinet, KabinetDev } from './kabinet.js';
export type {
  KabinetConfig,
  KabinetStores,
  KabinetPolicy,
  KabinetJournalOptions,
  KabinetPaymentsOptions,
} from './kabinet-config.js';
export { kabinetStoresOf, KABINET_COLLECTIONS } from './kabinet-stores-of.js';
