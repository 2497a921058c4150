/**
 * The shared contract suites every adapter runs (vitest + fast-check, both optional peer
 * dependencies of `@kabinet/ports`): one call in an adapter package's test file registers the
 * cases that prove the adapter behaves like the port says (optimistic versions, atomic
 * counters, expiry, unique keys, keyset pages, blobs), with back-door checks and negative
 * controls. Not re-exported from `@kabinet/ports`, so the ports never load vitest.
 *
 * @example
 * ```ts
 * import { runStoreContract } from '@kabinet/ports/contract';
 * await runStoreContract({ name: 'memory', create, capabilities: { realConcurrency: false, ttlPrecisionMs: 0, durable: false } });
 * ```
 *
 * @module @kabinet/ports/contract
 */
export { runStoreContract } from './run-store-contract.js';
export { runVersionedStoreContract } from './run-versioned-store-contract.js';
export { runCounterStoreContract } from './run-counter-store-contract.js';
export {
  raceCounterIncrements,
  type CounterRace,
  type CounterRaceOptions,
} from './race-counter-increments.js';
export { runBlobStoreContract } from './run-blob-store-contract.js';
export { runJournalStoreContract } from './journal-store-contract.js';
export { runPaymentStoreContract } from './payment-store-contract.js';
export { runSlotStoreContract } from './run-slot-store-contract.js';
export { createPaymentFixtures, type PaymentFixtures } from './payment-fixtures.js';
export type {
  ContractClock,
  JournalStoreFactory,
  StoreCapabilities,
  StoreContractHandles,
  StoreContractOptions,
  StoreContractPeer,
  StoreContractRaw,
  VersionedStoreFactory,
} from './store-contract-types.js';
