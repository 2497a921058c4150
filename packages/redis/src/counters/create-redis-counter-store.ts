import type { Clock } from '@kabinet/core';
import { invalidArgument, type CounterStore } from '@kabinet/ports';
import type { Cluster, Redis } from 'ioredis';
import {
  GET_LUA,
  INCREMENT_LUA,
  INCREMENT_MANY_LUA,
  RAISE_TO_LUA,
  RESET_LUA,
  SCRIPT_NAMES,
} from '../_lib/counter-scripts.js';
import type { CounterContext, ScriptCommands } from './_lib/counter-context.js';
import { incrementBatcher } from './_lib/increment-batcher.js';
import { getCounter } from './get-counter.js';
import { incrementCounter } from './increment-counter.js';
import { raiseCounterTo } from './raise-counter-to.js';
import { resetCounter } from './reset-counter.js';

/**
 * Options of {@link createRedisCounterStore}.
 *
 * @example
 * ```ts
 * const options: RedisCounterStoreOptions = { client, clock: systemClock, prefix: 'portal-a:counter:', expiryMarginMs: 120_000 };
 * ```
 */
export interface RedisCounterStoreOptions {
  /**
   * An ioredis client (`Redis` or `Cluster`), ideally from `createRedisClient`, whose options
   * fail closed (`enableOfflineQueue: false`, a `commandTimeout`). The store checks readiness
   * and applies its own deadline whatever the options.
   */
  readonly client: Redis<'legacy' | 'resp3'> | Cluster<'legacy' | 'resp3'>;
  /** The clock windows and expiry are judged by; its `now` is sent with every call. */
  readonly clock: Clock;
  /**
   * Prepended to every counter key (default `kabinet:counter:`); the counter key itself
   * becomes the Cluster hash tag: `kabinet:counter:{otp-fail:+79161234567}`. No `{` or `}`.
   */
  readonly prefix?: string;
  /**
   * Extra real lifetime, beyond the counter's own, of the Redis `PEXPIRE` that frees dead
   * keys (default 60 000 ms). It must exceed the skew between the servers' clocks and
   * Redis's, or Redis could drop a counter the clock still considers live.
   */
  readonly expiryMarginMs?: number;
  /**
   * The longest a call may wait for Redis before it fails with `ERR_UNAVAILABLE`
   * (default 1 000 ms), whether or not the client has a `commandTimeout`.
   */
  readonly timeoutMs?: number;
  /** `retryAfterSeconds` put in the details of `ERR_UNAVAILABLE` (default 2). */
  readonly retryAfterSeconds?: number;
}

/**
 * Creates a {@link CounterStore} over Redis: every operation is one Lua script (registered
 * with ioredis `defineCommand`, so `EVALSHA` with an `EVAL` fallback on `NOSCRIPT`) on one
 * declared key, hence atomic (S-9: N parallel increments from any number of instances count
 * N) and valid on Redis Cluster. A counter is a hash `{ v, e }` of its value and its expiry in
 * the injected clock's epoch ms; expiry is judged against the clock's `now`, sent with every
 * call, so windows are exact to the millisecond and fake clocks work; a real `PEXPIRE` of the
 * remaining lifetime plus `expiryMarginMs` lets Redis free dead keys. Works over RESP2 and
 * RESP3.
 *
 * Under load on a standalone Redis, increments share script calls: while one increment call is
 * in flight, further increments wait, and the next call carries all of them (up to 64, in call
 * order) to a script that applies each exactly as the one-key script would, one key after the
 * other — so each caller gets the state a call of its own would have given, and a key that
 * fails (a wrong type) fails alone. Redis Cluster gets one call per increment (keys of one
 * call must share a slot there).
 *
 * Fails closed: when the client is not ready, the connection drops, a command times out or
 * Redis answers with a transient error, the call rejects with `KabinetError`
 * `ERR_UNAVAILABLE` (`details.retryAfterSeconds`, never the key) within `timeoutMs`; it
 * never resolves with a state that would allow an attempt.
 *
 * @param options - the ioredis client, the clock, the key prefix, the expiry margin and the deadline
 * @returns the store
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a prefix with `{` or `}`, a deadline that is not positive, or a negative margin or retry delay
 * @example
 * ```ts
 * import { systemClock } from '@kabinet/core';
 * import { createRedisClient, createRedisCounterStore } from '@kabinet/redis';
 * const client = createRedisClient('redis://127.0.0.1:6379');
 * const counters = createRedisCounterStore({ client, clock: systemClock });
 * const state = await counters.increment('otp-fail:+79161234567', { ttlMs: 5 * 60_000 }); // { value: 1, expiresAt }
 * ```
 */
export function createRedisCounterStore(options: RedisCounterStoreOptions): CounterStore {
  const { client, clock } = options;
  if (typeof client?.defineCommand !== 'function')
    invalidArgument('client must be an ioredis Redis or Cluster client');
  const prefix = options.prefix ?? 'kabinet:counter:';
  if (typeof prefix !== 'string' || /[{}]/.test(prefix))
    invalidArgument('prefix must be a string without { or }');
  const margin = nonNegative(options.expiryMarginMs, 60_000, 'expiryMarginMs');
  const timeoutMs = nonNegative(options.timeoutMs, 1_000, 'timeoutMs');
  if (timeoutMs === 0) invalidArgument('timeoutMs must be positive');
  const retryAfterSeconds = nonNegative(options.retryAfterSeconds, 2, 'retryAfterSeconds');

  client.defineCommand(SCRIPT_NAMES.increment, { numberOfKeys: 1, lua: INCREMENT_LUA });
  client.defineCommand(SCRIPT_NAMES.incrementMany, { lua: INCREMENT_MANY_LUA });
  client.defineCommand(SCRIPT_NAMES.raiseTo, { numberOfKeys: 1, lua: RAISE_TO_LUA });
  client.defineCommand(SCRIPT_NAMES.get, { numberOfKeys: 1, lua: GET_LUA });
  client.defineCommand(SCRIPT_NAMES.reset, { numberOfKeys: 1, lua: RESET_LUA });
  const ctx: CounterContext = {
    client,
    scripts: client as unknown as ScriptCommands,
    clock,
    prefix,
    marginArg: String(margin),
    timeoutMs,
    retryAfterSeconds,
  };
  // Increments share script calls on a standalone Redis; a Cluster gets one call each (keys of
  // one call must share a slot there).
  const batched =
    (client as { isCluster?: boolean }).isCluster !== true ? incrementBatcher(ctx) : undefined;

  return {
    increment: (key, increment) => incrementCounter(ctx, batched, key, increment),
    raiseTo: (key, value, ttlMs) => raiseCounterTo(ctx, key, value, ttlMs),
    get: (key) => getCounter(ctx, key),
    reset: (key) => resetCounter(ctx, key),
  };
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  const checked = value ?? fallback;
  if (typeof checked !== 'number' || !Number.isFinite(checked) || checked < 0)
    invalidArgument(`${name} must be a non-negative finite number`, { [name]: String(value) });
  return checked;
}
