import type { Clock, Random } from '@kabinet/core';
import type { JournaledUnits } from '@kabinet/audit/units';
import type { BlobStore, SlotStore, StoreRecord, VersionedStore } from '@kabinet/ports';
import type { NoticeBoard } from '../notifications/notice-board.js';

/**
 * What every service of this package is built over: storage, the journaled units that write
 * a change together with its journal entries and notices, the notice board, time and randomness.
 * `createKabinet` builds it from the backend; tests build it from `@kabinet/memory`.
 */
export interface ServicesDeps {
  /** Collections for reads outside a unit (the same records the units write). */
  readonly versioned: <T extends StoreRecord>(collection: string) => VersionedStore<T>;
  /** Seats of bookable slots. */
  readonly slots: SlotStore;
  /** Uploaded attachments. */
  readonly blobs: BlobStore;
  /** Units of work with the journal (atomic on PostgreSQL). */
  readonly units: JournaledUnits;
  /** Where notices go. */
  readonly notices: NoticeBoard;
  /** The clock. */
  readonly clock: Clock;
  /** Randomness for ids and numbers. */
  readonly random: Random;
}
