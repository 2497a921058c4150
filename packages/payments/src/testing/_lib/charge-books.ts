import { ConflictError } from '@kabinet/core';
import type { Stored, VersionedStore, WriteOptions } from '@kabinet/ports';
import type { SimulatedChargeBook } from '../create-simulated-charge-source.js';

/** The part of a versioned store the simulated charge source uses. */
export type ChargeBooks = Pick<
  VersionedStore<SimulatedChargeBook>,
  'get' | 'findByKey' | 'create' | 'update'
>;

/**
 * The simulated charge source's books in memory (a domain package imports no adapter): the
 * same versions and unique keys as the versioned-store contract, for the calls it makes.
 */
export function createChargeBooks(): ChargeBooks {
  const books = new Map<string, Stored<SimulatedChargeBook>>();
  const owners = new Map<string, string>();
  const claim = (id: string, options: WriteOptions | undefined): void => {
    if (options?.uniqueKeys === undefined) return;
    for (const key of options.uniqueKeys) {
      const owner = owners.get(key);
      if (owner !== undefined && owner !== id) throw new ConflictError('charge', key, 0);
    }
    for (const [key, owner] of owners) if (owner === id) owners.delete(key);
    for (const key of options.uniqueKeys) owners.set(key, id);
  };
  return {
    get: async (id) => books.get(id),
    findByKey: async (key) => {
      const id = owners.get(key);
      return id === undefined ? undefined : books.get(id);
    },
    create: async (record, options) => {
      if (books.has(record.id)) throw new ConflictError('charge', record.id, 0);
      claim(record.id, options);
      const stored = { ...structuredClone(record), version: 1 };
      books.set(record.id, stored);
      return stored;
    },
    update: async (record, expectedVersion, options) => {
      const current = books.get(record.id);
      if (current === undefined || current.version !== expectedVersion)
        throw new ConflictError('charge', record.id, expectedVersion);
      claim(record.id, options);
      const stored = { ...structuredClone(record), version: expectedVersion + 1 };
      books.set(record.id, stored);
      return stored;
    },
  };
}
