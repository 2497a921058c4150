/**
 * Redis adapters for Kabinet: the attempt and send counters (`CounterStore`) as atomic Lua
 * scripts over ioredis, valid on Redis Cluster, and a client factory whose options fail
 * closed. When Redis is unreachable every call rejects with `ERR_UNAVAILABLE`, which the
 * HTTP layer answers with `503` and `Retry-After`.
 *
 * @example
 * ```ts
 * import { systemClock } from '@kabinet/core';
 * import { createRedisClient, createRedisCounterStore } from '@kabinet/redis';
 * const client = createRedisClient('redis://127.0.0.1:6379');
 * const counters = createRedisCounterStore({ client, clock: systemClock });
 * ```
 *
 * @module @kabinet/redis
 */
export * from './client/index.js';
export * from './counters/index.js';
