import type { Clock } from '@kabinet/core';
import {
  createMemoryBlobStore,
  createMemoryCounterStore,
  createMemoryIdentityRegistry,
  createMemoryJournalStore,
  createMemoryPaymentStore,
  createMemorySlotStore,
  createMemoryVersionedStore,
  createOutbox,
  type MemoryIdentityRegistry,
  type Outbox,
} from '@kabinet/memory';
import type {
  BlobStore,
  CounterStore,
  JournalStore,
  PaymentStore,
  SlotStore,
  StoreRecord,
  VersionedStore,
} from '@kabinet/ports';

/** An in-memory versioned store (the default for every record store). */
export function createVersionedStoreDefault<T extends StoreRecord>(
  clock: Clock,
  entity: string,
): VersionedStore<T> {
  return createMemoryVersionedStore<T>({ clock, entity });
}

/** The in-memory blob store. */
export function createBlobStoreDefault(): BlobStore {
  return createMemoryBlobStore();
}

/** The in-memory counter store. */
export function createCounterStoreDefault(clock: Clock): CounterStore {
  return createMemoryCounterStore({ clock });
}

/** The in-memory journal store. */
export function createJournalStoreDefault(): JournalStore {
  return createMemoryJournalStore();
}

/** The in-memory payment store. */
export function createPaymentStoreDefault(clock: Clock): PaymentStore {
  return createMemoryPaymentStore({ clock });
}

/** The outbox that stands in for SMS, e-mail and push gateways. */
export function createOutboxDefault(clock: Clock): Outbox {
  return createOutbox({ clock });
}

/** The simulated identity registry. */
export function createIdentityRegistryDefault(): MemoryIdentityRegistry {
  return createMemoryIdentityRegistry();
}

/** The slot store when none is configured: process memory (one instance). */
export function createSlotStoreDefault(clock: Clock): SlotStore {
  return createMemorySlotStore({ clock });
}
