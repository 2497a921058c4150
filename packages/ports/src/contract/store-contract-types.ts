import type { BlobStore, StoredBlob } from '../blobs/index.js';
import type { CounterState, CounterStore } from '../counters/index.js';
import type { JournalParty, JournalStore } from '../journal/index.js';
import type { PaymentStore } from '../payments/index.js';
import type { SlotStore } from '../slots/index.js';
import type { StoreRecord, Stored, VersionedStore } from '../store/index.js';

/**
 * The time control a contract run moves. A fake clock (`createFakeClock` from
 * `@kabinet/core`) fits as is; a backend that keeps its own time (Redis `TIME`) can pass a
 * clock whose `advance` sleeps.
 *
 * @example
 * ```ts
 * const clock: ContractClock = createFakeClock();
 * await clock.advance(1_000);
 * ```
 */
export interface ContractClock {
  /** The time the adapters see, in epoch ms. */
  now(): number;
  /** Moves the adapters' time forward by `ms`. */
  advance(ms: number): void | Promise<void>;
}

/**
 * Opens a {@link VersionedStore} over one named collection. Each distinct `collection` is an
 * independent store that starts empty; the same name (also from a peer handle) reaches the
 * same records. The suites use a fresh name per test, so a backend can use one table with a
 * collection column, one table per collection, or one in-memory store per name.
 *
 * @example
 * ```ts
 * const versioned: VersionedStoreFactory = <T extends StoreRecord>(collection: string) =>
 *   createPgVersionedStore<T>(pool, { table: 'records', collection });
 * ```
 */
export type VersionedStoreFactory = <T extends StoreRecord>(
  collection: string,
) => VersionedStore<T>;

/**
 * Opens a {@link JournalStore} by name. Each distinct name is an independent journal that
 * starts empty; the same name (also from a peer handle) reaches the same journal. The journal
 * suite opens a fresh name per test.
 *
 * @example
 * ```ts
 * const journal: JournalStoreFactory = (name) => createPgJournalStore(pool, { journal: name });
 * ```
 */
export type JournalStoreFactory = (name: string) => JournalStore;

/**
 * Back doors that read storage without the adapter's read path (raw SQL, `HGETALL`, the
 * memory maps), so a write is checked against what was really stored. Each reader returns
 * what storage holds, which may include expired entries not yet evicted. Every reader is
 * optional; checks without one are skipped.
 *
 * @example
 * ```ts
 * const raw: StoreContractRaw = {
 *   record: async (collection, id) => (await pool.query('select data, version from records where collection = $1 and id = $2', [collection, id])).rows[0],
 * };
 * ```
 */
export interface StoreContractRaw {
  /** The stored record (fields and `version`) of `id` in `collection`, or `undefined`. */
  readonly record?: (collection: string, id: string) => Promise<Stored<StoreRecord> | undefined>;
  /** The stored counter state of `key`, or `undefined`. */
  readonly counter?: (key: string) => Promise<CounterState | undefined>;
  /** The stored blob `id` with bytes and metadata, or `undefined`. */
  readonly blob?: (id: string) => Promise<StoredBlob | undefined>;
  /** Entry `seq` of journal `journal` exactly as stored (e.g. the row as JSON), or `undefined`. */
  readonly journalEntry?: (journal: string, seq: number) => Promise<string | undefined>;
  /** The payload record of entry `seq` exactly as stored, or `undefined`. */
  readonly journalPayload?: (journal: string, seq: number) => Promise<string | undefined>;
  /** The subject's data key exactly as stored, or `undefined`. */
  readonly journalSubjectKey?: (
    journal: string,
    subject: JournalParty,
  ) => Promise<string | undefined>;
}

/**
 * A second client over the same storage, as another server instance would open it. Used by
 * the cross-instance cases (`realConcurrency`) and the survival cases (`durable`).
 *
 * @example
 * ```ts
 * const openPeer = async (): Promise<StoreContractPeer> => {
 *   const pool = new pg.Pool(config);
 *   return { versioned: (c) => createPgStore(pool, c), dispose: () => pool.end() };
 * };
 * ```
 */
export interface StoreContractPeer {
  /** Collections of the peer client; the same name reaches the same records. */
  readonly versioned?: VersionedStoreFactory;
  /** The peer's counter store over the same counters. */
  readonly counters?: CounterStore;
  /** The peer's blob store over the same blobs. */
  readonly blobs?: BlobStore;
  /** The peer's journals; the same name reaches the same journal. */
  readonly journal?: JournalStoreFactory;
  /** The peer's slot store over the same seats. */
  readonly slots?: SlotStore;
  /** Closes the peer client. */
  readonly dispose?: () => Promise<void>;
}

/**
 * What `create()` returns: the adapters under test, built over an injected clock the suites
 * move, plus optional back doors. Omit an adapter the backend does not provide and its suite
 * does not run. Suites for further ports (journal, payments) add their own optional factory
 * fields here.
 *
 * @example
 * ```ts
 * const create = async (): Promise<StoreContractHandles> => {
 *   const clock = createFakeClock();
 *   return { clock, counters: createMemoryCounterStore({ clock }), blobs: createMemoryBlobStore() };
 * };
 * ```
 */
export interface StoreContractHandles {
  /** The clock every adapter here reads; expiry cases move it. */
  readonly clock: ContractClock;
  /** Versioned record stores, one per collection name. */
  readonly versioned?: VersionedStoreFactory;
  /** The counter store. */
  readonly counters?: CounterStore;
  /** The blob store. */
  readonly blobs?: BlobStore;
  /** Journal stores, one per name (`runJournalStoreContract`). */
  readonly journal?: JournalStoreFactory;
  /** The payment store (`runPaymentStoreContract`). */
  readonly payments?: PaymentStore;
  /** The slot store under test (runs `runSlotStoreContract`). */
  readonly slots?: SlotStore;
  /** Back-door readers that bypass the adapters. */
  readonly raw?: StoreContractRaw;
  /** Opens another client over the same storage (needed by `realConcurrency` and `durable`). */
  readonly openPeer?: () => Promise<StoreContractPeer>;
  /** Releases what `create()` opened (pools, connections). */
  readonly dispose?: () => Promise<void>;
}

/**
 * What a backend can do; each flag decides which cases run.
 *
 * @example
 * ```ts
 * const capabilities: StoreCapabilities = { realConcurrency: true, ttlPrecisionMs: 0, durable: true };
 * ```
 */
export interface StoreCapabilities {
  /**
   * Operations really overlap inside the backend (a pool, several clients), not only
   * interleave on one event loop. Runs the cross-instance cases, which need `openPeer`.
   */
  readonly realConcurrency: boolean;
  /**
   * How far the adapter's expiry may be from the exact millisecond. `0` runs the
   * exact-to-the-ms cases (alive at `expiresAt - 1`, gone at `expiresAt`) and the model-based
   * property over random clock moves; otherwise expiry is checked with this tolerance.
   */
  readonly ttlPrecisionMs: number;
  /** Data outlives the client that wrote it. Runs the survival cases, which need `openPeer`. */
  readonly durable: boolean;
}

/**
 * Options of every contract suite (`runStoreContract` and the per-port suites).
 *
 * @example
 * ```ts
 * const options: StoreContractOptions = {
 *   name: 'memory',
 *   create: async () => { const clock = createFakeClock(); return { clock, counters: createMemoryCounterStore({ clock }) }; },
 *   capabilities: { realConcurrency: false, ttlPrecisionMs: 0, durable: false },
 * };
 * ```
 */
export interface StoreContractOptions {
  /** Names the backend in test titles. */
  readonly name: string;
  /**
   * Builds the adapters under test. Called before each test, or once per suite when `reset`
   * is given (for backends that are slow to create, such as a PGlite clone).
   */
  readonly create: () => Promise<StoreContractHandles>;
  /** Empties the storage behind handles made once by `create()`; runs before each test. */
  readonly reset?: (handles: StoreContractHandles) => Promise<void>;
  /** What the backend can do. */
  readonly capabilities: StoreCapabilities;
  /** Runs of each property (default 100; lower it for slow backends). */
  readonly numRuns?: number;
}
