import { ConflictError, type Clock } from '@kabinet/core';
import {
  checkExpectedVersion,
  checkStoreRecord,
  checkWriteOptions,
  type StoreRecord,
  type Stored,
  type VersionedStore,
} from '@kabinet/ports';
import {
  checkKeysFree,
  createVersionedState,
  evict,
  live,
  putRecord,
  sweepAt,
} from './_lib/versioned-state.js';
import { listByOwner } from './list-by-owner.js';
import { listDue } from './list-due.js';
import { listRecords } from './list-records.js';

/** Options of {@link createMemoryVersionedStore}. */
export interface MemoryVersionedStoreOptions {
  /** The clock expiry is judged by (a fake clock in tests, `systemClock` in a demo). */
  readonly clock: Clock;
  /** Names the records in `ConflictError`s (default `record`). */
  readonly entity?: string;
  /**
   * Expired records are evicted when touched and by a sweep after every
   * `max(sweepEvery, n)` operations, n being what the previous sweep kept (default 1000), so memory stays bounded without timers.
   */
  readonly sweepEvery?: number;
}

/**
 * A {@link VersionedStore} in memory, plus back doors for tests.
 *
 * @example
 * ```ts
 * const drafts = createMemoryVersionedStore<Draft>({ clock });
 * drafts.peek('draft_1'); // what is stored, even if expired and not yet evicted
 * ```
 */
export interface MemoryVersionedStore<T extends StoreRecord> extends VersionedStore<T> {
  /** A copy of what is stored under `id`, expired or not (a back door that bypasses expiry). */
  peek(id: string): Stored<T> | undefined;
  /** How many records are held, counting expired ones not yet evicted. */
  readonly size: number;
  /** Evicts every expired record now. @returns how many were evicted */
  sweep(): number;
  /** Deletes every record. */
  clear(): void;
}

/**
 * Creates an in-memory versioned store: optimistic versions (a stale write throws
 * `ConflictError` and changes nothing), unique keys, expiry and keyset pagination, exactly as
 * the port and its contract suite demand. Every method does its whole read-modify-write in
 * one synchronous turn before its promise settles, so concurrent callers behave as with a
 * real store. Records are copied with `structuredClone` on the way in and out (plain data
 * only: no functions or class instances).
 *
 * @param options - the clock, the entity name for errors and the sweep interval
 * @returns the store
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `sweepEvery` is not a positive integer
 * @example
 * ```ts
 * import { createFakeClock } from '@kabinet/core/testing';
 * import { createMemoryVersionedStore } from '@kabinet/memory';
 * const clock = createFakeClock();
 * const accounts = createMemoryVersionedStore<{ id: string; level: string }>({ clock, entity: 'account' });
 * const a = await accounts.create({ id: 'acc_1', level: 'simplified' }, { uniqueKeys: ['phone:+79161234567'] });
 * await accounts.update({ ...a, level: 'standard' }, a.version); // version 2
 * await accounts.update({ ...a, level: 'confirmed' }, a.version); // throws ConflictError
 * ```
 */
export function createMemoryVersionedStore<T extends StoreRecord>(
  options: MemoryVersionedStoreOptions,
): MemoryVersionedStore<T> {
  const { clock } = options;
  const entity = options.entity ?? 'record';
  const state = createVersionedState<T>(clock, entity, options.sweepEvery);
  /** The clock's time, counted as one operation. */
  const tick = (): number => {
    const now = clock.now();
    state.tick(now);
    return now;
  };

  return {
    async get(id) {
      const entry = live(state, id, tick());
      return entry === undefined ? undefined : structuredClone(entry.record);
    },

    async findByKey(key) {
      const now = tick();
      const owner = state.owners.get(key);
      if (owner === undefined) return undefined;
      const entry = live(state, owner, now);
      return entry === undefined ? undefined : structuredClone(entry.record);
    },

    async create(record, writeOptions) {
      checkStoreRecord(record, entity);
      const now = tick();
      if (live(state, record.id, now) !== undefined) throw new ConflictError(entity, record.id, 0);
      const keys = checkWriteOptions(writeOptions, entity) ?? [];
      checkKeysFree(state, record.id, keys, now, 0);
      return putRecord(state, record, 1, keys, undefined);
    },

    async update(record, expectedVersion, writeOptions) {
      checkStoreRecord(record, entity);
      checkExpectedVersion(expectedVersion, entity);
      const now = tick();
      const entry = live(state, record.id, now);
      if (entry === undefined || entry.record.version !== expectedVersion)
        throw new ConflictError(entity, record.id, expectedVersion);
      const keys = checkWriteOptions(writeOptions, entity) ?? entry.keys;
      checkKeysFree(state, record.id, keys, now, expectedVersion);
      return putRecord(state, record, expectedVersion + 1, keys, entry);
    },

    async delete(id, expectedVersion) {
      checkExpectedVersion(expectedVersion, entity);
      const entry = live(state, id, tick());
      if (entry === undefined || entry.record.version !== expectedVersion)
        throw new ConflictError(entity, id, expectedVersion);
      evict(state, id, entry);
    },

    list: async (request) => listRecords(state, request),
    listByOwner: async (ownerId, request) => listByOwner(state, ownerId, request),
    listDue: async (before, request) => listDue(state, before, request),

    peek(id) {
      const entry = state.byId.get(id);
      return entry === undefined ? undefined : structuredClone(entry.record);
    },

    get size() {
      return state.byId.size;
    },

    sweep() {
      return sweepAt(state, clock.now());
    },

    clear() {
      state.byId.clear();
      state.owners.clear();
      state.ids.length = 0;
    },
  };
}
