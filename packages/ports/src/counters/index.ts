/**
 * Atomic counters with expiry for attempt and send limits.
 *
 * @module @kabinet/ports/counters
 */
export type { CounterStore, CounterState, IncrementOptions } from './counter-store.js';
