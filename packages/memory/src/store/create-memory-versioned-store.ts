import { ConflictError, type Clock } from '@kabinet/core';
import {
  checkDueBefore,
  checkExpectedVersion,
  checkOwnerId,
  decodeDueCursor,
  encodeDueCursor,
  checkPageRequest,
  checkStoreRecord,
  checkWriteOptions,
  type Page,
  type PageRequest,
  type StoreRecord,
  type Stored,
  type VersionedStore,
} from '@kabinet/ports';
import { createAmortisedSweep } from '../_lib/amortised-sweep.js';
import { checkSweepEvery } from '../_lib/misuse.js';
import { insertSorted, lowerBound, removeSorted, upperBound } from '../_lib/sorted-strings.js';

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

interface Entry<T> {
  record: Stored<T>;
  keys: readonly string[];
  /** `Infinity` for a record without `expiresAt`. */
  expiresAt: number;
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
  const byId = new Map<string, Entry<T>>();
  const owners = new Map<string, string>();
  const ids: string[] = [];

  function evict(id: string, entry: Entry<T>): void {
    byId.delete(id);
    for (const key of entry.keys) if (owners.get(key) === id) owners.delete(key);
    removeSorted(ids, id);
  }

  function sweepAt(now: number): number {
    let evicted = 0;
    for (const [id, entry] of byId) {
      if (now >= entry.expiresAt) {
        byId.delete(id);
        for (const key of entry.keys) if (owners.get(key) === id) owners.delete(key);
        evicted += 1;
      }
    }
    if (evicted > 0) {
      // Compact the sorted ids in one pass instead of one splice per evicted record.
      let kept = 0;
      for (const id of ids) if (byId.has(id)) ids[kept++] = id;
      ids.length = kept;
    }
    return evicted;
  }

  const tick = createAmortisedSweep(
    checkSweepEvery(options.sweepEvery, 1_000),
    () => byId.size,
    sweepAt,
  );

  /** The live entry of `id`, evicting it when it has expired. */
  function live(id: string, now: number): Entry<T> | undefined {
    const entry = byId.get(id);
    if (entry === undefined) return undefined;
    if (now >= entry.expiresAt) {
      evict(id, entry);
      return undefined;
    }
    return entry;
  }

  /** Throws when a key is owned by another live record. */
  function claimable(
    id: string,
    keys: readonly string[],
    now: number,
    expectedVersion: number,
  ): void {
    for (const key of keys) {
      const owner = owners.get(key);
      if (owner !== undefined && owner !== id && live(owner, now) !== undefined)
        throw new ConflictError(entity, id, expectedVersion);
    }
  }

  function store(
    record: T,
    version: number,
    keys: readonly string[],
    previous: Entry<T> | undefined,
  ): Stored<T> {
    const stored = { ...structuredClone(record), version } as Stored<T>;
    const entry: Entry<T> = {
      record: stored,
      keys,
      expiresAt: record.expiresAt ?? Number.POSITIVE_INFINITY,
    };
    if (previous !== undefined) {
      for (const key of previous.keys)
        if (!keys.includes(key) && owners.get(key) === record.id) owners.delete(key);
    } else {
      insertSorted(ids, record.id);
    }
    byId.set(record.id, entry);
    for (const key of keys) owners.set(key, record.id);
    return structuredClone(stored);
  }

  return {
    async get(id) {
      const now = clock.now();
      tick(now);
      const entry = live(id, now);
      return entry === undefined ? undefined : structuredClone(entry.record);
    },

    async findByKey(key) {
      const now = clock.now();
      tick(now);
      const owner = owners.get(key);
      if (owner === undefined) return undefined;
      const entry = live(owner, now);
      return entry === undefined ? undefined : structuredClone(entry.record);
    },

    async create(record, writeOptions) {
      checkStoreRecord(record, entity);
      const now = clock.now();
      tick(now);
      if (live(record.id, now) !== undefined) throw new ConflictError(entity, record.id, 0);
      const keys = checkWriteOptions(writeOptions, entity) ?? [];
      claimable(record.id, keys, now, 0);
      return store(record, 1, keys, undefined);
    },

    async update(record, expectedVersion, writeOptions) {
      checkStoreRecord(record, entity);
      checkExpectedVersion(expectedVersion, entity);
      const now = clock.now();
      tick(now);
      const entry = live(record.id, now);
      if (entry === undefined || entry.record.version !== expectedVersion)
        throw new ConflictError(entity, record.id, expectedVersion);
      const keys = checkWriteOptions(writeOptions, entity) ?? entry.keys;
      claimable(record.id, keys, now, expectedVersion);
      return store(record, expectedVersion + 1, keys, entry);
    },

    async delete(id, expectedVersion) {
      checkExpectedVersion(expectedVersion, entity);
      const now = clock.now();
      tick(now);
      const entry = live(id, now);
      if (entry === undefined || entry.record.version !== expectedVersion)
        throw new ConflictError(entity, id, expectedVersion);
      evict(id, entry);
    },

    async list(request: PageRequest): Promise<Page<Stored<T>>> {
      checkPageRequest(request, entity);
      const now = clock.now();
      tick(now);
      const items: Stored<T>[] = [];
      const expired: string[] = [];
      let hasMore = false;
      for (
        let i = request.after === undefined ? 0 : upperBound(ids, request.after);
        i < ids.length;
        i++
      ) {
        const id = ids[i]!;
        const entry = byId.get(id)!;
        if (now >= entry.expiresAt) {
          expired.push(id);
          continue;
        }
        if (items.length === request.limit) {
          hasMore = true;
          break;
        }
        items.push(structuredClone(entry.record));
      }
      for (const id of expired) {
        const entry = byId.get(id);
        if (entry !== undefined) evict(id, entry);
      }
      const last = items.at(-1);
      return hasMore && last !== undefined ? { items, nextCursor: last.id } : { items };
    },

    async listByOwner(ownerId, request) {
      checkOwnerId(ownerId, entity);
      checkPageRequest(request, entity);
      const now = clock.now();
      tick(now);
      const items: Stored<T>[] = [];
      let hasMore = false;
      for (
        let i = (request.after === undefined ? ids.length : lowerBound(ids, request.after)) - 1;
        i >= 0;
        i--
      ) {
        const entry = byId.get(ids[i]!)!;
        if (now >= entry.expiresAt || entry.record.ownerId !== ownerId) continue;
        if (items.length === request.limit) {
          hasMore = true;
          break;
        }
        items.push(structuredClone(entry.record));
      }
      const last = items.at(-1);
      return hasMore && last !== undefined ? { items, nextCursor: last.id } : { items };
    },

    async listDue(before, request) {
      checkDueBefore(before, entity);
      checkPageRequest(request, entity);
      const now = clock.now();
      tick(now);
      const after =
        request.after === undefined ? undefined : decodeDueCursor(request.after, entity);
      const due: Stored<T>[] = [];
      for (const entry of byId.values()) {
        const at = entry.record.dueAt;
        if (at === undefined || at > before || now >= entry.expiresAt) continue;
        if (
          after !== undefined &&
          (at < after.dueAt || (at === after.dueAt && entry.record.id <= after.id))
        )
          continue;
        due.push(entry.record);
      }
      due.sort((a, b) => a.dueAt! - b.dueAt! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const items = due.slice(0, request.limit).map((record) => structuredClone(record));
      const last = items.at(-1);
      return due.length > request.limit && last !== undefined
        ? { items, nextCursor: encodeDueCursor({ dueAt: last.dueAt!, id: last.id }) }
        : { items };
    },

    peek(id) {
      const entry = byId.get(id);
      return entry === undefined ? undefined : structuredClone(entry.record);
    },

    get size() {
      return byId.size;
    },

    sweep() {
      return sweepAt(clock.now());
    },

    clear() {
      byId.clear();
      owners.clear();
      ids.length = 0;
    },
  };
}
