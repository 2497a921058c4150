import { KabinetError } from '@kabinet/core';
import { runBlobStoreContract } from './run-blob-store-contract.js';
import { runCounterStoreContract } from './run-counter-store-contract.js';
import { runJournalStoreContract } from './journal-store-contract.js';
import { runPaymentStoreContract } from './payment-store-contract.js';
import { runSlotStoreContract } from './run-slot-store-contract.js';
import { runVersionedStoreContract } from './run-versioned-store-contract.js';
import type { StoreContractHandles, StoreContractOptions } from './store-contract-types.js';

/**
 * Every port suite, keyed by the field of {@link StoreContractHandles} that provides its
 * adapter. A suite for a further port adds its optional field to `StoreContractHandles` and
 * one line here.
 */
const SUITES: readonly (readonly [
  keyof StoreContractHandles,
  (options: StoreContractOptions) => void,
])[] = [
  ['versioned', runVersionedStoreContract],
  ['counters', runCounterStoreContract],
  ['blobs', runBlobStoreContract],
  ['journal', runJournalStoreContract],
  ['payments', runPaymentStoreContract],
  ['slots', runSlotStoreContract],
];

/**
 * Registers the contract suite of every port the backend provides: calls `create()` once to
 * see which adapters it returns (then disposes them), and runs the suite of each one
 * (`versioned`, `counters`, `blobs`, …) with the same options. Await it at the top level of
 * the adapter package's test file, so the cases are registered before vitest collects them.
 *
 * @param options - the backend's name, factory, optional reset and capabilities
 * @returns a promise that resolves once every applicable suite is registered
 * @throws KabinetError `ERR_CONFIG` when `create()` returns no adapter at all
 * @example
 * ```ts
 * // packages/memory/test/contract.test.ts
 * import { runStoreContract } from '@kabinet/ports/contract';
 * import { createFakeClock } from '@kabinet/core/testing';
 * import { createMemoryCounterStore, createMemoryBlobStore } from '@kabinet/memory';
 *
 * await runStoreContract({
 *   name: 'memory',
 *   create: async () => {
 *     const clock = createFakeClock();
 *     return { clock, counters: createMemoryCounterStore({ clock }), blobs: createMemoryBlobStore() };
 *   },
 *   capabilities: { realConcurrency: false, ttlPrecisionMs: 0, durable: false },
 * });
 * ```
 */
export async function runStoreContract(options: StoreContractOptions): Promise<void> {
  const probe = await options.create();
  try {
    const present = SUITES.filter(([field]) => probe[field] !== undefined);
    if (present.length === 0) {
      throw new KabinetError(
        'ERR_CONFIG',
        `${options.name}: create() returned no adapter to run a contract suite on`,
      );
    }
    for (const [, suite] of present) suite(options);
  } finally {
    await probe.dispose?.();
  }
}
