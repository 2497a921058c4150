/**
 * `createKabinet(config)`: one call wires the ports you choose, policy, clock and keys into the
 * services.
 *
 * @example
 * ```ts
 * import { createKabinet } from 'kabinet/setup';
 * ```
 *
 * @module kabinet/setup
 */
export { createKabinet } from './create-kabinet.js';
export type { Kabinet, KabinetDev } from './kabinet.js';
export type {
  KabinetConfig,
  KabinetPolicy,
  KabinetJournalOptions,
  KabinetPaymentsOptions,
} from './kabinet-config.js';
