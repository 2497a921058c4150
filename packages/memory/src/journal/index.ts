/**
 * The in-memory journal store (append-only chain, sealed payloads, subject keys, checkpoints).
 *
 * @module @kabinet/memory/journal
 */
export { createMemoryJournalStore, type MemoryJournalStore } from './create-memory-journal-store.js';
