import type { JournalEntry } from '@kabinet/ports';

/**
 * What is known about an entry's payload once it is looked up: `none` (the entry has none),
 * `present` (decrypted and matching the entry's commitment), `erased` (crypto-shredded),
 * `missing` (committed but not stored), `unreadable` (its key is gone or damaged) or
 * `mismatch` (it does not match the commitment: tampered or misplaced).
 */
export type PayloadView<P = unknown> =
  | {
      /** The entry has no payload. */
      readonly status: 'none';
    }
  | {
      /** Decrypted and matching the entry's commitment. */
      readonly status: 'present';
      /** The payload. */
      readonly data: P;
    }
  | {
      /** Crypto-shredded. */
      readonly status: 'erased';
      /** Epoch ms of the erasure. */
      readonly erasedAt: number;
    }
  | {
      /** Committed in the entry but not stored. */
      readonly status: 'missing';
    }
  | {
      /** Its data key or the wrapping secret is gone or damaged. */
      readonly status: 'unreadable';
    }
  | {
      /** Does not match the entry's commitment: tampered or misplaced. */
      readonly status: 'mismatch';
    };

/** A journal entry with its payload looked up. */
export interface JournalEvent<P = unknown> {
  /** The entry as stored. */
  readonly entry: JournalEntry;
  /** Its payload, looked up and decrypted. */
  readonly payload: PayloadView<P>;
}
