import type { Stored } from '@kabinet/ports';

/** A deep copy (records go in and out of the store as copies). */
export function copy<T>(value: T): T {
  return structuredClone(value);
}

/** The key of a provider's object (payment or event) in an index. */
export const objectKey = (provider: string, id: string): string => `${provider}\u0000${id}`;

/** Adds `id` to the set under `key`. */
export function addTo(index: Map<string, Set<string>>, key: string, id: string): void {
  let set = index.get(key);
  if (set === undefined) index.set(key, (set = new Set()));
  set.add(id);
}

/** A copy of the record stored under `id` (an id, or an index's answer), or `undefined`. */
export function copyOf<T>(map: ReadonlyMap<string, T>, id: string | undefined): T | undefined {
  const value = id === undefined ? undefined : map.get(id);
  return value === undefined ? undefined : copy(value);
}

/** Copies of the records of `ids`, in `order`. */
export function sortedCopies<T>(
  map: ReadonlyMap<string, T>,
  ids: Iterable<string> | undefined,
  order: (a: T, b: T) => number,
): T[] {
  return [...(ids ?? [])]
    .map((id) => map.get(id)!)
    .sort(order)
    .map(copy);
}

/** Ties broken by id, ascending. */
export const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Stores a copy of `record` under its id at `version` (its own `version` field dropped). */
export function putVersion<T extends { id: string }>(
  map: Map<string, Stored<T>>,
  record: T,
  version: number,
): Stored<T> {
  const { version: _ignored, ...fields } = record as Stored<T>;
  const stored = { ...copy(fields), version } as Stored<T>;
  map.set(record.id, stored);
  return stored;
}

/** Stores a copy of a new `record` under its id at version 1. */
export function putNew<T extends { id: string }>(
  map: Map<string, Stored<T>>,
  record: T,
): Stored<T> {
  const stored = { ...copy(record), version: 1 } as Stored<T>;
  map.set(record.id, stored);
  return stored;
}
