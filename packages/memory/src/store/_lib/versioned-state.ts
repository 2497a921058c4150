import { ConflictError, type Clock } from '@kabinet/core';
import type { StoreRecord, Stored } from '@kabinet/ports';
import { createAmortisedSweep } from '../../_lib/amortised-sweep.js';
import { checkSweepEvery } from '../../_lib/misuse.js';
import { insertSorted, removeSorted } from '../../_lib/sorted-strings.js';

/** A stored record with its unique keys and expiry. */
export interface VersionedEntry<T> {
  record: Stored<T>;
  keys: readonly string[];
  /** `Infinity` for a record without `expiresAt`. */
  expiresAt: number;
}

/** What a memory versioned store holds, and its settings. */
export interface VersionedState<T extends StoreRecord> {
  readonly clock: Clock;
  /** Names the records in `ConflictError`s. */
  readonly entity: string;
  readonly byId: Map<string, VersionedEntry<T>>;
  /** The record id owning each unique key. */
  readonly owners: Map<string, string>;
  /** Every id, ascending: the keyset index of `list` and `listByOwner`. */
  readonly ids: string[];
  /** Counts an operation at `now`, sweeping expired records now and then. */
  readonly tick: (now: number) => void;
}

/**
 * An empty versioned state.
 *
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `sweepEvery` is not a positive integer
 */
export function createVersionedState<T extends StoreRecord>(
  clock: Clock,
  entity: string,
  sweepEvery: number | undefined,
): VersionedState<T> {
  const byId = new Map<string, VersionedEntry<T>>();
  const state = { clock, entity, byId, owners: new Map<string, string>(), ids: [] as string[] };
  const tick = createAmortisedSweep(
    checkSweepEvery(sweepEvery, 1_000),
    () => byId.size,
    (now) => void sweepAt(state, now),
  );
  return { ...state, tick };
}

/** Evicts every record expired at `now`; returns how many. */
export function sweepAt<T extends StoreRecord>(
  state: Pick<VersionedState<T>, 'byId' | 'owners' | 'ids'>,
  now: number,
): number {
  const { byId, owners, ids } = state;
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

/** Deletes one record and the keys it owns. */
export function evict<T extends StoreRecord>(
  state: VersionedState<T>,
  id: string,
  entry: VersionedEntry<T>,
): void {
  state.byId.delete(id);
  for (const key of entry.keys) if (state.owners.get(key) === id) state.owners.delete(key);
  removeSorted(state.ids, id);
}

/** The live entry of `id`, evicting it when it has expired. */
export function live<T extends StoreRecord>(
  state: VersionedState<T>,
  id: string,
  now: number,
): VersionedEntry<T> | undefined {
  const entry = state.byId.get(id);
  if (entry === undefined) return undefined;
  if (now >= entry.expiresAt) {
    evict(state, id, entry);
    return undefined;
  }
  return entry;
}

/** Throws `ConflictError` when a key is owned by another live record. */
export function checkKeysFree<T extends StoreRecord>(
  state: VersionedState<T>,
  id: string,
  keys: readonly string[],
  now: number,
  expectedVersion: number,
): void {
  for (const key of keys) {
    const owner = state.owners.get(key);
    if (owner !== undefined && owner !== id && live(state, owner, now) !== undefined)
      throw new ConflictError(state.entity, id, expectedVersion);
  }
}

/** Stores a copy of `record` at `version` owning `keys` (releasing the keys it no longer has). */
export function putRecord<T extends StoreRecord>(
  state: VersionedState<T>,
  record: T,
  version: number,
  keys: readonly string[],
  previous: VersionedEntry<T> | undefined,
): Stored<T> {
  const { owners } = state;
  const stored = { ...structuredClone(record), version } as Stored<T>;
  const entry: VersionedEntry<T> = {
    record: stored,
    keys,
    expiresAt: record.expiresAt ?? Number.POSITIVE_INFINITY,
  };
  if (previous !== undefined) {
    for (const key of previous.keys)
      if (!keys.includes(key) && owners.get(key) === record.id) owners.delete(key);
  } else {
    insertSorted(state.ids, record.id);
  }
  state.byId.set(record.id, entry);
  for (const key of keys) owners.set(key, record.id);
  return structuredClone(stored);
}
