/**
 * The in-memory journal store (append-only chain, sealed payloads, subject keys, checkpoints)
 * and its outbox for the sequencer.
 *
 * @module @kabinet/memory/journal
 */
export {
  createMemoryJournalStore,
  type MemoryJournalStore,
} from './create-memory-journal-store.js';
export { createMemoryJournalOutbox } from './create-memory-journal-outbox.js';
