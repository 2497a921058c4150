import type { JournalEntry } from '@kabinet/ports';

/**
 * What is known about an entry's payload once it is looked up: `none` (the entry has none),
 * `present` (decrypted and matching the entry's commitment), `erased` (crypto-shredded),
 * `missing` (committed but not stored), `unreadable` (its key is gone or damaged) or
 * `mismatch` (it does not match the commitment: tampered or misplaced).
 */
export type PayloadView<P = unknown> =
  | { readonly status: 'none' }
  | { readonly status: 'present'; readonly data: P }
  | { readonly status: 'erased'; readonly erasedAt: number }
  | { readonly status: 'missing' }
  | { readonly status: 'unreadable' }
  | { readonly status: 'mismatch' };

/** A journal entry with its payload looked up. */
export interface JournalEvent<P = unknown> {
  readonly entry: JournalEntry;
  readonly payload: PayloadView<P>;
}
