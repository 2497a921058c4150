import { KabinetError } from '@kabinet/core';
import type { PaymentStore, SlotStore, StoreRecord, VersionedStore } from '@kabinet/ports';
import type { Journal } from '../journal/journal-types.js';
import type { JournalAppendInput } from '../entry/check-append-input.js';
import type { JournaledUnit, JournaledUnits } from './journaled-units.js';

/** Options of {@link directJournaledUnits}. */
export interface DirectJournaledUnitsOptions {
  /** The versioned store of a collection (the same stores the services read). */
  readonly versioned: <T extends StoreRecord>(collection: string) => VersionedStore<T>;
  /** The payment store (required to use `unit.payments`). */
  readonly payments?: PaymentStore;
  /** Slot seats, when the units' work books slots. */
  readonly slots?: SlotStore;
  /** The journal the entries are appended to. */
  readonly journal: Pick<Journal, 'append'>;
}

/**
 * Non-atomic {@link JournaledUnits} for stores without a unit of work (memory): writes take
 * effect at once, and a unit's entries are appended when its work has succeeded, in order. A
 * unit whose work throws journals nothing. A crash between the write and the append can lose
 * the entry — which is why production backends provide a unit of work.
 *
 * @param options - the stores and the journal
 * @returns the units (`atomic: false`)
 * @example
 * ```ts
 * const units = directJournaledUnits({ versioned: (c) => stores[c], journal });
 * ```
 */
export function directJournaledUnits(options: DirectJournaledUnitsOptions): JournaledUnits {
  const { versioned, journal } = options;
  return {
    atomic: false,
    async run<R>(work: (unit: JournaledUnit) => Promise<R>): Promise<R> {
      const entries: JournalAppendInput[] = [];
      const result = await work({
        versioned,
        get payments(): PaymentStore {
          return required(options.payments, 'payment store');
        },
        get slots(): SlotStore {
          return required(options.slots, 'slot store');
        },
        append: async (input) => void entries.push(input),
      });
      for (const entry of entries) await journal.append(entry as Parameters<Journal['append']>[0]);
      return result;
    },
  };
}

/** A store these units were given, or `ERR_CONFIG` naming the one they were made without. */
function required<T>(store: T | undefined, what: string): T {
  if (store === undefined)
    throw new KabinetError('ERR_CONFIG', `these journaled units were made without a ${what}`);
  return store;
}
