/**
 * An ioredis client configured to fail closed: no offline queue, a bounded command timeout,
 * one retry per request and a reconnect backoff that never gives up.
 *
 * @example
 * ```ts
 * import { createRedisClient } from '@kabinet/redis/client';
 * const client = createRedisClient('redis://127.0.0.1:6379');
 * ```
 *
 * @module @kabinet/redis/client
 */
export {
  createRedisClient,
  reconnectDelayMs,
  type RedisClientOptions,
} from './create-redis-client.js';
