import { KabinetError } from '@kabinet/core';
import { Redis, type RedisOptions } from 'ioredis';

/**
 * Options of {@link createRedisClient}: ioredis options, checked so they keep failing closed.
 *
 * @example
 * ```ts
 * const options: RedisClientOptions = { commandTimeout: 300, connectionName: 'kabinet-portal', onError: (e) => log.warn(e.message) };
 * ```
 */
export interface RedisClientOptions extends Omit<
  RedisOptions,
  'enableOfflineQueue' | 'replyMapping'
> {
  /** Must stay `false` (the default here): queued commands would wait out an outage instead of failing. */
  readonly enableOfflineQueue?: false;
  /** Called with every connection error the client emits, for logging. */
  readonly onError?: (error: Error) => void;
}

/**
 * The reconnect backoff of {@link createRedisClient}: 100 ms more per attempt, capped at 2 s.
 * It never gives up, so the client reconnects whenever Redis comes back.
 *
 * @param times - the reconnect attempt, from 1
 * @returns the delay before it, in ms
 * @example
 * ```ts
 * reconnectDelayMs(1); // 100
 * reconnectDelayMs(50); // 2000
 * ```
 */
export function reconnectDelayMs(times: number): number {
  return Math.min(100 * Math.max(1, times), 2_000);
}

const DEFAULTS = {
  enableOfflineQueue: false,
  commandTimeout: 500,
  connectTimeout: 2_000,
  maxRetriesPerRequest: 1,
  retryStrategy: reconnectDelayMs,
} as const satisfies RedisOptions;

/**
 * Opens an ioredis client configured to fail closed, for the Redis counter store: no offline
 * queue (a command sent while disconnected fails at once instead of waiting for the
 * connection), a 500 ms `commandTimeout`, one retry per request, a 2 s connect timeout and a
 * reconnect backoff capped at 2 s that never gives up, so the store answers
 * `ERR_UNAVAILABLE` quickly during an outage and works again when Redis is back. It starts
 * connecting at once; the store reports `ERR_UNAVAILABLE` until the client is ready (await
 * `client.connect()` with `lazyConnect: true`, or the `ready` event, at start-up).
 * RESP3 is ioredis 6's default; pass `protocol: 2` for older servers or proxies.
 *
 * @param url - a `redis://` or `rediss://` URL (credentials, host, port, database)
 * @param options - further ioredis options, over the fail-closed defaults; `onError` for logging
 * @returns the client (close it with `quit()`)
 * @throws KabinetError `ERR_CONFIG` when the options would queue commands during an outage
 * (`enableOfflineQueue: true`, `maxRetriesPerRequest: null`) or wait without bound (`commandTimeout` not positive)
 * @example
 * ```ts
 * import { createRedisClient, createRedisCounterStore } from '@kabinet/redis';
 * const client = createRedisClient(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { onError: (e) => log.warn(e.message) });
 * const counters = createRedisCounterStore({ client, clock: systemClock });
 * ```
 */
export function createRedisClient(url: string, options: RedisClientOptions = {}): Redis {
  if (typeof url !== 'string' || !/^rediss?:\/\//.test(url))
    throw new KabinetError('ERR_CONFIG', 'the Redis URL must start with redis:// or rediss://');
  const { onError, ...rest } = options;
  const merged: Omit<RedisOptions, 'replyMapping'> = { ...DEFAULTS, ...rest };
  if (merged.enableOfflineQueue !== false)
    throw new KabinetError(
      'ERR_CONFIG',
      'enableOfflineQueue must be false: queued counter commands would wait out an outage',
    );
  if (merged.maxRetriesPerRequest === null)
    throw new KabinetError(
      'ERR_CONFIG',
      'maxRetriesPerRequest must be a number: null lets commands wait forever',
    );
  if (typeof merged.commandTimeout !== 'number' || !(merged.commandTimeout > 0))
    throw new KabinetError('ERR_CONFIG', 'commandTimeout must be a positive number of ms');
  const client = new Redis(url, merged);
  if (onError !== undefined) client.on('error', onError);
  return client;
}
