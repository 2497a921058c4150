import type { Clock, Random } from '@kabinet/core';
import type { Journal } from '@kabinet/audit';
import { directJournaledUnits, type JournaledUnits } from '@kabinet/audit/units';
import type { BlobStore, StoreBackend, StoreRecord, VersionedStore } from '@kabinet/ports';
import type { ServicesDeps } from '@kabinet/services';

/** What {@link servicesDepsOf} builds the services' deps from. */
export interface ServicesDepsSource {
  readonly backend: StoreBackend;
  readonly blobs: BlobStore;
  readonly journal: Journal;
  /** The atomic units over the backend's unit of work, when it has one. */
  readonly units: JournaledUnits | undefined;
  readonly clock: Clock;
  readonly random: Random;
}

/**
 * The storage, units, time and randomness the services of `@kabinet/services` run over: all
 * from the backend (never a mix). Without
 * atomic units, journal entries are appended after each unit's work.
 *
 * @param source - the backend, the blob store, the journal, the atomic units (or none), clock and randomness
 * @returns the deps without the notice board, which is built over them
 * @example
 * ```ts
 * const base = servicesDepsOf({ backend: config.backend, blobs, journal, units: atomic?.units, clock, random });
 * const deps: ServicesDeps = { ...base, notices: createNoticeBoard(base) };
 * ```
 */
export function servicesDepsOf(source: ServicesDepsSource): Omit<ServicesDeps, 'notices'> {
  const { backend, clock } = source;
  const versioned = <T extends StoreRecord>(collection: string): VersionedStore<T> =>
    backend.versioned<T>(collection);
  const slots = backend.slots;
  const units = source.units ?? directJournaledUnits({ versioned, slots, journal: source.journal });
  return { versioned, slots, blobs: source.blobs, units, clock, random: source.random };
}
