import type { BlobStore } from '../blobs/blob-store.js';
import type { CounterStore } from '../counters/counter-store.js';
import type { JournalStore } from '../journal/journal-store.js';
import type { PaymentStore } from '../payments/payment-store.js';
import type { SlotStore } from '../slots/slot-store.js';
import type { JournalOutbox } from '../unit-of-work/journal-outbox.js';
import type { UnitOfWork } from '../unit-of-work/unit-of-work.js';
import type { StoreRecord, VersionedStore } from './versioned-store.js';

/**
 * Every store of one storage backend (memory, PostgreSQL, …), from which `createKabinet`
 * takes all its stores at once, so that no store falls back silently to another backend.
 * Versioned stores are made per collection (`accounts`, `drafts`, `sessions`,
 * `otp-challenges`, `totp-steps`, `backup-codes`, and the services' own).
 *
 * @example
 * ```ts
 * const backend: StoreBackend = createPostgresStores({ pool, clock: systemClock });
 * const kabinet = createKabinet({ keys, backend });
 * ```
 */
export interface StoreBackend {
  /** The versioned store of one collection; the same collection always gives the same data. */
  versioned<T extends StoreRecord>(collection: string): VersionedStore<T>;
  /** Attempt and send counters (may come from another backend, e.g. Redis). */
  readonly counters: CounterStore;
  /** Uploaded scans. */
  readonly blobs: BlobStore;
  /** The journal. */
  readonly journal: JournalStore;
  /** Payments, attempts, methods, idempotency keys and processed callbacks. */
  readonly payments: PaymentStore;
  /** Seats of bookable slots (appointments). */
  readonly slots: SlotStore;
  /**
   * Units of work over this backend's versioned stores and the journal's outbox (given with
   * {@link StoreBackend.journalOutbox}): `createKabinet` then commits each account step's
   * write with its journal entries, and runs the sequencer that chains them.
   */
  readonly unitOfWork?: UnitOfWork;
  /** The journal's outbox the units enqueue into (given with {@link StoreBackend.unitOfWork}). */
  readonly journalOutbox?: JournalOutbox;
}
