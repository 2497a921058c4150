/**
 * Redis adapters for Kabinet counters.
 *
 * @example
 * ```ts
 * import { createRedisCounterStore } from '@kabinet/redis';
 * ```
 *
 * @module @kabinet/redis
 */
export {};
