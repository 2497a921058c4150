/**
 * The Redis counter store: atomic Lua scripts on hash-tagged keys, expiry judged by the
 * injected clock, failing closed with `ERR_UNAVAILABLE`.
 *
 * @example
 * ```ts
 * import { createRedisCounterStore } from '@kabinet/redis/counters';
 * const counters = createRedisCounterStore({ client, clock: systemClock });
 * ```
 *
 * @module @kabinet/redis/counters
 */
export {
  createRedisCounterStore,
  type RedisCounterStoreOptions,
} from './create-redis-counter-store.js';
