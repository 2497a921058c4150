/**
 * The versioned record store: optimistic concurrency, unique keys, expiry and keyset pages.
 *
 * @module @kabinet/ports/store
 */
export type { VersionedStore, Stored, StoreRecord, Page, PageRequest, WriteOptions } from './versioned-store.js';
