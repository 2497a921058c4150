/**
 * The versioned record store: optimistic concurrency, unique keys, expiry and keyset pages;
 * and the backend that gives every store at once.
 *
 * @module @kabinet/ports/store
 */
export type { VersionedStore, Stored, StoreRecord, Page, PageRequest, WriteOptions } from './versioned-store.js';
export type { StoreBackend } from './store-backend.js';
