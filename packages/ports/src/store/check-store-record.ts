import { invalidArgument } from '../misuse/invalid-argument.js';
import type { StoreRecord } from './versioned-store.js';

/**
 * Checks a record given to {@link VersionedStore.create} or `update`: an object with a
 * non-empty string `id`, an `expiresAt` and a `dueAt` that are absent or finite epoch ms, and an
 * `ownerId` that is absent or a non-empty string. Every
 * versioned-store adapter calls it before anything else of the write.
 *
 * @param record - the record the caller passed
 * @param entity - what the store holds (`account`, the collection name …), named in the message
 * @returns the record
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a missing or empty id or owner, or a non-finite `expiresAt` or `dueAt`
 * @example
 * ```ts
 * import { checkStoreRecord } from '@kabinet/ports/store';
 * checkStoreRecord({ id: 'acc_1', expiresAt: Date.UTC(2027, 0, 1) }, 'account'); // fine
 * checkStoreRecord({ id: '' }, 'account'); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkStoreRecord<T extends StoreRecord>(record: T, entity: string): T {
  if (
    typeof record !== 'object' ||
    record === null ||
    typeof record.id !== 'string' ||
    record.id === ''
  ) {
    invalidArgument(`${entity}: a record needs a non-empty string id`);
  }
  if (record.expiresAt !== undefined && !Number.isFinite(record.expiresAt)) {
    invalidArgument(`${entity}: expiresAt must be a finite epoch ms`, { id: record.id });
  }
  if (
    record.ownerId !== undefined &&
    (typeof record.ownerId !== 'string' || record.ownerId === '')
  ) {
    invalidArgument(`${entity}: ownerId must be a non-empty string`, { id: record.id });
  }
  if (record.dueAt !== undefined && !Number.isFinite(record.dueAt)) {
    invalidArgument(`${entity}: dueAt must be a finite epoch ms`, { id: record.id });
  }
  return record;
}
