/**
 * The unit of work over the in-memory stores: writes take effect at once, journal entries go
 * through the memory journal's outbox.
 *
 * @module @kabinet/memory/unit-of-work
 */
export {
  createMemoryUnitOfWork,
  type MemoryUnitOfWorkOptions,
} from './create-memory-unit-of-work.js';
