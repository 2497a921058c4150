/**
 * Atomic counters with expiry for attempt and send limits, and the checks of their arguments
 * every counter adapter runs.
 *
 * @example
 * ```ts
 * import { checkIncrementOptions, type CounterStore } from '@kabinet/ports/counters';
 * ```
 *
 * @module @kabinet/ports/counters
 */
export type { CounterStore, CounterState, IncrementOptions } from './counter-store.js';
export { checkCounterKey } from './check-counter-key.js';
export { checkIncrementOptions } from './check-increment-options.js';
export { checkRaiseToArguments } from './check-raise-to-arguments.js';
