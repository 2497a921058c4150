import { KabinetError } from '@kabinet/core';
import type { JournalOutbox, JournalSequencerLease } from '@kabinet/ports';
import type { MemoryJournalStore } from './create-memory-journal-store.js';

/** The store each lease is held on: one sequencer per memory journal, however many outboxes. */
const leaders = new WeakSet<MemoryJournalStore>();

/**
 * The {@link JournalOutbox} of an in-memory journal store: entries a memory unit of work
 * enqueued wait in the store; the one lease at a time moves them into the chain with
 * `store.sequencePending`, synchronously, so a batch is written whole or not at all.
 *
 * @param store - the memory journal store whose outbox this is
 * @returns the outbox
 * @example
 * ```ts
 * import { createJournalSequencer } from '@kabinet/audit/sequencer';
 * const store = createMemoryJournalStore();
 * const sequencer = createJournalSequencer({ outbox: createMemoryJournalOutbox(store), store, keys, clock });
 * ```
 */
export function createMemoryJournalOutbox(store: MemoryJournalStore): JournalOutbox {
  return {
    async pending() {
      return store.pendingCount;
    },
    async lead(): Promise<JournalSequencerLease | undefined> {
      if (leaders.has(store)) return undefined;
      leaders.add(store);
      let held = true;
      return {
        async sequence(limit, seal) {
          if (!held)
            throw new KabinetError('ERR_INVALID_STATE', 'this sequencer lease was released');
          return store.sequencePending(limit, seal);
        },
        async release() {
          if (!held) return;
          held = false;
          leaders.delete(store);
        },
      };
    },
  };
}
