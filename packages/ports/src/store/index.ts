/**
 * The versioned record store: optimistic concurrency, unique keys, expiry and keyset pages;
 * the backend that gives every store at once; and the checks of a store call's arguments every
 * versioned-store adapter runs.
 *
 * @example
 * ```ts
 * import { checkStoreRecord, type VersionedStore } from '@kabinet/ports/store';
 * ```
 *
 * @module @kabinet/ports/store
 */
export type {
  VersionedStore,
  Stored,
  StoreRecord,
  Page,
  PageRequest,
  WriteOptions,
} from './versioned-store.js';
export type { StoreBackend } from './store-backend.js';
export { checkStoreRecord } from './check-store-record.js';
export { checkExpectedVersion } from './check-expected-version.js';
export { checkWriteOptions } from './check-write-options.js';
export { checkPageRequest } from './check-page-request.js';
export { encodeDueCursor, decodeDueCursor, type DuePosition } from './due-cursor.js';
export { checkOwnerId, checkDueBefore } from './check-list-arguments.js';
