// Runs the shared contract suites of @kabinet/ports against the in-memory adapters, twice:
// as they are, and behind a simulated network hop with two clients over one backing store.
import { type Clock } from '@kabinet/core';
import type {
  BlobStore,
  CounterStore,
  JournalStore,
  SlotStore,
  StoreRecord,
  VersionedStore,
} from '@kabinet/ports';
import {
  runStoreContract,
  type StoreContractHandles,
  type StoreContractPeer,
  type VersionedStoreFactory,
} from '@kabinet/ports/contract';
import {
  createMemoryBlobStore,
  createMemoryCounterStore,
  createMemoryJournalStore,
  createMemorySlotStore,
  createMemoryVersionedStore,
  type MemoryBlobStore,
  type MemoryCounterStore,
  type MemoryJournalStore,
  type MemoryVersionedStore,
} from '@kabinet/memory';
import { createFakeClock } from '@kabinet/core/testing';

/** The memory stores one backing holds: a store per collection, one counter store, one blob store. */
interface Backing {
  readonly collections: Map<string, MemoryVersionedStore<StoreRecord>>;
  readonly counters: MemoryCounterStore;
  readonly blobs: MemoryBlobStore;
  readonly slots: SlotStore;
  readonly journals: Map<string, MemoryJournalStore>;
  collection(name: string): MemoryVersionedStore<StoreRecord>;
  journal(name: string): MemoryJournalStore;
}

function createBacking(clock: Clock): Backing {
  const collections = new Map<string, MemoryVersionedStore<StoreRecord>>();
  const journals = new Map<string, MemoryJournalStore>();
  return {
    collections,
    journals,
    // A small sweep interval so the amortised sweep runs inside the contract cases too.
    counters: createMemoryCounterStore({ clock, sweepEvery: 16 }),
    blobs: createMemoryBlobStore(),
    slots: createMemorySlotStore({ clock }),
    collection(name) {
      let store = collections.get(name);
      if (store === undefined) {
        store = createMemoryVersionedStore<StoreRecord>({ clock, entity: name, sweepEvery: 16 });
        collections.set(name, store);
      }
      return store;
    },
    journal(name) {
      let store = journals.get(name);
      if (store === undefined) {
        store = createMemoryJournalStore();
        journals.set(name, store);
      }
      return store;
    },
  };
}

function rawOf(backing: Backing): NonNullable<StoreContractHandles['raw']> {
  return {
    record: async (collection, id) => backing.collections.get(collection)?.peek(id),
    counter: async (key) => backing.counters.peek(key),
    blob: async (id) => backing.blobs.get(id),
    journalEntry: async (name, seq) => backing.journals.get(name)?.peekEntry(seq),
    journalPayload: async (name, seq) => backing.journals.get(name)?.peekPayload(seq),
    journalSubjectKey: async (name, subject) => backing.journals.get(name)?.peekSubjectKey(subject),
  };
}

await runStoreContract({
  name: 'memory',
  create: async () => {
    const clock = createFakeClock();
    const backing = createBacking(clock);
    const versioned: VersionedStoreFactory = <T extends StoreRecord>(collection: string) =>
      backing.collection(collection) as unknown as VersionedStore<T>;
    return {
      clock,
      versioned,
      counters: backing.counters,
      blobs: backing.blobs,
      slots: backing.slots,
      journal: (name: string) => backing.journal(name),
      raw: rawOf(backing),
    };
  },
  capabilities: { realConcurrency: false, ttlPrecisionMs: 0, durable: false },
});

/** A macrotask hop, standing in for a network round trip. */
const hop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Wraps every method so calls start and finish on later macrotasks, overlapping like remote calls. */
function remote<T extends object>(target: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(Object.getOwnPropertyDescriptors(target))) {
    if (typeof value.value !== 'function') continue;
    const method = value.value as (...args: unknown[]) => Promise<unknown>;
    wrapped[name] = async (...args: unknown[]) => {
      await hop();
      const result = await method.apply(target, args);
      await hop();
      return result;
    };
  }
  return wrapped as T;
}

/** A client over the backing: its own wrappers, the same data. */
function client(backing: Backing): Required<Omit<StoreContractPeer, 'dispose'>> {
  const opened = new Map<string, VersionedStore<StoreRecord>>();
  const versioned: VersionedStoreFactory = <T extends StoreRecord>(collection: string) => {
    let store = opened.get(collection);
    if (store === undefined) {
      store = remote<VersionedStore<StoreRecord>>(backing.collection(collection));
      opened.set(collection, store);
    }
    return store as unknown as VersionedStore<T>;
  };
  const journals = new Map<string, JournalStore>();
  const journal = (name: string): JournalStore => {
    let store = journals.get(name);
    if (store === undefined) {
      store = remote<JournalStore>(backing.journal(name));
      journals.set(name, store);
    }
    return store;
  };
  return {
    versioned,
    counters: remote<CounterStore>(backing.counters),
    blobs: remote<BlobStore>(backing.blobs),
    slots: remote<SlotStore>(backing.slots),
    journal,
  };
}

{
  // One clock and backing for the whole run: `reset` empties it before each case. The backing
  // outlives every client, which is what the durable cases check.
  const clock = createFakeClock();
  const backing = createBacking(clock);
  await runStoreContract({
    name: 'memory behind a simulated network (two clients, one backing)',
    create: async () => ({
      clock,
      ...client(backing),
      raw: rawOf(backing),
      openPeer: async () => ({ ...client(backing), dispose: async () => undefined }),
    }),
    reset: async () => {
      backing.collections.clear();
      backing.counters.clear();
      backing.blobs.clear();
      backing.journals.clear();
    },
    capabilities: { realConcurrency: true, ttlPrecisionMs: 0, durable: true },
    numRuns: 40,
  });
}
