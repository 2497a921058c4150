// Shared by the services tests: ServicesDeps over the memory adapters, a journal that keeps the
// appended entries, a notice board that records what was posted, frozen time and seeded
// randomness.
import { createSeededRandom } from '@kabinet/core';
import { directJournaledUnits, type JournaledUnit } from '@kabinet/audit/units';
import {
  createMemoryBlobStore,
  createMemorySlotStore,
  createMemoryVersionedStore,
} from '@kabinet/memory';
import type { StoreRecord, VersionedStore } from '@kabinet/ports';
import type { ServicesDeps } from '../src/context/services-deps.js';
import type { NoticeBoard, NoticeDraft } from '../src/notifications/notice-board.js';
import { createFakeClock, type FakeClock } from '@kabinet/core/testing';

/** A journal entry as the services append it. */
export interface KitJournalEntry {
  readonly actor: { readonly type: string; readonly id: string };
  readonly action: string;
  readonly subject: { readonly type: string; readonly id: string };
  readonly payload?: unknown;
}

export interface ServicesKit {
  readonly clock: FakeClock;
  readonly deps: ServicesDeps;
  /** Every journal entry appended, in order. */
  readonly journal: KitJournalEntry[];
  /** Every notice posted (and not cancelled), in order. */
  readonly posted: NoticeDraft[];
}

/** Builds the kit; pass `notices` to use a real board instead of the recording one. */
export function makeServicesKit(
  options: {
    readonly seed?: number;
    readonly start?: number;
    readonly notices?: (deps: Omit<ServicesDeps, 'notices'>) => NoticeBoard;
  } = {},
): ServicesKit {
  const clock = createFakeClock(options.start ?? Date.UTC(2027, 0, 11, 6, 0, 0));
  const random = createSeededRandom(options.seed ?? 11);
  const collections = new Map<string, VersionedStore<StoreRecord>>();
  const versioned = <T extends StoreRecord>(collection: string): VersionedStore<T> => {
    let store = collections.get(collection);
    if (store === undefined) {
      store = createMemoryVersionedStore<StoreRecord>({ clock, entity: collection });
      collections.set(collection, store);
    }
    return store as unknown as VersionedStore<T>;
  };
  const journal: KitJournalEntry[] = [];
  const slots = createMemorySlotStore({ clock });
  const units = directJournaledUnits({
    versioned,
    slots,
    journal: {
      append: async (entry: unknown) => void journal.push(entry as KitJournalEntry),
    } as never,
  });
  const posted: NoticeDraft[] = [];
  const recording: NoticeBoard = {
    post: async (_unit: JournaledUnit, draft) => {
      if (draft.key !== undefined) {
        const pending = posted.findIndex(
          (p) => p.key === draft.key && p.accountId === draft.accountId,
        );
        if (pending >= 0) posted.splice(pending, 1);
      }
      posted.push(draft);
    },
    cancel: async (_unit, accountId, key) => {
      const pending = posted.findIndex((p) => p.key === key && p.accountId === accountId);
      if (pending < 0) return false;
      posted.splice(pending, 1);
      return true;
    },
  };
  const base = { versioned, slots, blobs: createMemoryBlobStore(), units, clock, random };
  const deps: ServicesDeps = {
    ...base,
    notices: options.notices === undefined ? recording : options.notices(base),
  };
  return { clock, deps, journal, posted };
}
