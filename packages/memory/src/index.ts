/**
 * In-memory adapters for every Kabinet port — versioned records, counters, blobs, an outbox
 * notifier, a key provider. The embedded default for tests, demos and
 * single-process deployments that accept losing state on restart.
 *
 * @example
 * ```ts
 * import { createFakeClock } from '@kabinet/core/testing';
 * import { createMemoryCounterStore, createOutbox } from '@kabinet/memory';
 * const clock = createFakeClock();
 * const counters = createMemoryCounterStore({ clock });
 * const outbox = createOutbox({ clock });
 * ```
 *
 * @module @kabinet/memory
 */
export * from './store/index.js';
export * from './counters/index.js';
export * from './blobs/index.js';
export * from './senders/index.js';
export * from './crypto/index.js';
export * from './journal/index.js';
export * from './registry/index.js';
export * from './payments/index.js';
export * from './slots/index.js';
export * from './unit-of-work/index.js';
export * from './backend/index.js';
