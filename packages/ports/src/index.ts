/**
 * The boundary of Kabinet: the records that cross it and the port interfaces for every store
 * and sender the domain needs. Adapters (`@kabinet/memory`, …) implement them and prove it
 * with the shared suites in `@kabinet/ports/contract`.
 *
 * @example
 * ```ts
 * import type { VersionedStore, CounterStore } from '@kabinet/ports';
 * ```
 *
 * @module @kabinet/ports
 */
export * from './store/index.js';
export * from './counters/index.js';
export * from './blobs/index.js';
export * from './senders/index.js';
export * from './crypto/index.js';
export * from './accounts/index.js';
export * from './journal/index.js';
export * from './payments/index.js';
export * from './slots/index.js';
export * from './unit-of-work/index.js';
export * from './misuse/index.js';
