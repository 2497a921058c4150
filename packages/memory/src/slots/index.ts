/**
 * Seats of bookable slots in process memory (one instance; tests and demos).
 *
 * @example
 * ```ts
 * import { createMemorySlotStore } from '@kabinet/memory/slots';
 * ```
 *
 * @module @kabinet/memory/slots
 */
export { createMemorySlotStore, type MemorySlotStoreOptions } from './create-memory-slot-store.js';
