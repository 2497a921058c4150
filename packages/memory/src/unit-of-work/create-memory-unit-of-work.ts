import { KabinetError } from '@kabinet/core';
import {
  runAfterCommit,
  type PaymentStore,
  type SlotStore,
  type StoreRecord,
  type UnitOfWork,
  type UnitOfWorkScope,
  type VersionedStore,
} from '@kabinet/ports';
import type { MemoryJournalStore } from '../journal/create-memory-journal-store.js';

/** Options of {@link createMemoryUnitOfWork}. */
export interface MemoryUnitOfWorkOptions {
  /** The versioned store of a collection (the same stores the services use outside units). */
  readonly versioned: <T extends StoreRecord>(collection: string) => VersionedStore<T>;
  /** The payment store the units write payments to (required to use `scope.payments`). */
  readonly payments?: PaymentStore;
  /** The slot store the units book seats in (required to use `scope.slots`). */
  readonly slots?: SlotStore;
  /** The journal store whose outbox the units enqueue into. */
  readonly journal: MemoryJournalStore;
  /**
   * Runs after every unit, before `run` settles: pass `() => sequencer.drain()` so a step's
   * entries are in the chain when it returns, as with direct appends.
   */
  readonly afterCommit?: () => unknown;
  /** Hears errors thrown by `afterCommit` (the unit itself is done; its entries stay queued). */
  readonly onError?: (error: unknown) => void;
}

/**
 * A {@link UnitOfWork} over the in-memory stores, with the behaviour they always had: there is
 * no rollback, so every write and every enqueued journal entry takes effect at once (what a
 * unit did before it threw stays, entries included, so the journal still tells what
 * happened). `afterCommit` runs after each unit, committed or thrown; with the sequencer's
 * `drain` there, entries reach the chain before `run` settles. A sealed payload whose key is no
 * longer the subject's is refused by `enqueue` with `ConflictError`, and an erasure erases the
 * payloads still in the outbox, so an erasure wins here as on PostgreSQL (S-12).
 *
 * @param options - stores, journal and the after-commit hook
 * @returns the unit of work
 * @example
 * ```ts
 * const journal = createMemoryJournalStore();
 * const sequencer = createJournalSequencer({ outbox: createMemoryJournalOutbox(journal), store: journal, keys, clock });
 * const unitOfWork = createMemoryUnitOfWork({ versioned: (c) => stores.collection(c), journal, afterCommit: () => sequencer.drain() });
 * await unitOfWork.run(async (scope) => {
 *   await scope.versioned<AccountRecord>('accounts').update(next, stored.version);
 *   await enqueuer.enqueue(scope, { actor, action: 'contact.changed', subject: actor });
 * });
 * ```
 */
export function createMemoryUnitOfWork(options: MemoryUnitOfWorkOptions): UnitOfWork {
  const { journal, afterCommit, onError } = options;
  return {
    atomic: false,
    async run<R>(work: (scope: UnitOfWorkScope) => Promise<R>): Promise<R> {
      let open = true;
      const live = (): void => {
        if (!open)
          throw new KabinetError(
            'ERR_INVALID_STATE',
            'a unit of work scope was used after its unit ended',
          );
      };
      const scope: UnitOfWorkScope = {
        versioned<T extends StoreRecord>(collection: string): VersionedStore<T> {
          live();
          return options.versioned<T>(collection);
        },
        get payments(): PaymentStore {
          live();
          return required(options.payments, 'payment store');
        },
        get slots(): SlotStore {
          live();
          return required(options.slots, 'slot store');
        },
        journalKeys: {
          getSubjectKey: (subject) => (live(), journal.getSubjectKey(subject)),
          ensureSubjectKey: (key) => (live(), journal.ensureSubjectKey(key)),
        },
        async enqueue(entry) {
          live();
          journal.enqueue(entry);
        },
      };
      try {
        return await work(scope);
      } finally {
        open = false;
        await runAfterCommit(afterCommit, onError);
      }
    },
  };
}

/** A store the unit of work was given, or `ERR_CONFIG` naming the one it was made without. */
function required<T>(store: T | undefined, what: string): T {
  if (store === undefined)
    throw new KabinetError('ERR_CONFIG', `this memory unit of work was made without a ${what}`);
  return store;
}
