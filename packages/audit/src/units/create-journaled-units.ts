import { runAfterCommit, type UnitOfWork } from '@kabinet/ports';
import type { JournalEnqueuer } from '../sequencer/create-journal-enqueuer.js';
import type { JournaledUnit, JournaledUnits } from './journaled-units.js';

/** Options of {@link createJournaledUnits}. */
export interface JournaledUnitsOptions {
  /** The store's unit of work (e.g. `createPostgresUnitOfWork`, or a backend's `unitOfWork`). */
  readonly unitOfWork: UnitOfWork;
  /** Seals each entry's payload and enqueues it into the unit. */
  readonly enqueuer: JournalEnqueuer;
  /**
   * Awaited after each committed unit, e.g. `() => sequencer.step()` so this instance's own
   * entries are in the chain when `run` resolves; its errors go to `onError`, never to the
   * caller (the unit is committed and the sequencer's loop retries).
   */
  readonly afterCommit?: () => Promise<unknown>;
  /** Hears errors of `afterCommit`. */
  readonly onError?: (error: unknown) => void;
}

/**
 * {@link JournaledUnits} over a store's unit of work: each `run` is one unit, and `append`
 * enqueues the entry into it through `enqueuer`. On an atomic unit of work (PostgreSQL) the
 * aggregate write and its journal entry commit together or not at all — a crash between them
 * cannot lose the entry (S-14, AUD-1); `atomic` is the unit of work's.
 *
 * @param options - unit of work, enqueuer and the after-commit hook
 * @returns the units
 * @example
 * ```ts
 * const sequencer = createJournalSequencer({ outbox: backend.journalOutbox, store: backend.journal, keys, clock });
 * sequencer.start();
 * const units = createJournaledUnits({
 *   unitOfWork: backend.unitOfWork,
 *   enqueuer: createJournalEnqueuer({ keys, clock }),
 *   afterCommit: () => sequencer.step(),
 * });
 * ```
 */
export function createJournaledUnits(options: JournaledUnitsOptions): JournaledUnits {
  const { unitOfWork, enqueuer, afterCommit, onError } = options;
  return {
    atomic: unitOfWork.atomic,
    async run<R>(work: (unit: JournaledUnit) => Promise<R>): Promise<R> {
      const result = await unitOfWork.run((scope) =>
        work({
          versioned: (collection) => scope.versioned(collection),
          get slots() {
            return scope.slots;
          },
          get payments() {
            return scope.payments;
          },
          append: async (input) => void (await enqueuer.enqueue(scope, input)),
        }),
      );
      await runAfterCommit(afterCommit, onError);
      return result;
    },
  };
}
