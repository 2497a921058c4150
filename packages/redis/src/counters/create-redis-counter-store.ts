import { KabinetError, type Clock } from '@kabinet/core';
import {
  checkCounterKey,
  checkIncrementOptions,
  checkRaiseToArguments,
  invalidArgument,
  type CounterState,
  type CounterStore,
  type IncrementOptions,
} from '@kabinet/ports';
import type { Cluster, Redis } from 'ioredis';
import {
  GET_LUA,
  INCREMENT_LUA,
  INCREMENT_MANY_LUA,
  RAISE_TO_LUA,
  RESET_LUA,
  SCRIPT_NAMES,
} from '../_lib/counter-scripts.js';
import { redisFailure, unavailable } from '../_lib/redis-failure.js';

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

/** The scripts as `defineCommand` adds them to the client. */
type ScriptCommands = Readonly<
  Record<
    Exclude<(typeof SCRIPT_NAMES)[keyof typeof SCRIPT_NAMES], typeof SCRIPT_NAMES.incrementMany>,
    (key: string, ...args: string[]) => Promise<unknown>
  >
> & {
  /** `numberOfKeys, ...keys, ...args` (defined without a fixed number of keys). */
  readonly [SCRIPT_NAMES.incrementMany]: (
    numberOfKeys: number,
    ...keysAndArgs: string[]
  ) => Promise<unknown>;
};

/** An increment waiting for the script in flight to answer (standalone Redis only). */
interface QueuedIncrement {
  readonly key: string;
  /** now, by, ttlMs, window */
  readonly args: readonly [string, string, string, string];
  /** `performance.now()` at which its caller gets ERR_UNAVAILABLE; one still waiting then is never sent. */
  readonly deadline: number;
  /** Answered (resolved or refused): a later answer is ignored. */
  done: boolean;
  readonly resolve: (reply: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** At most this many increments share one script call. */
const MAX_BATCH = 64;

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
  const scripts = client as unknown as ScriptCommands;
  const marginArg = String(margin);

  /** Throws `ERR_UNAVAILABLE` unless the client is ready. */
  function checkReady(operation: string): void {
    if (client.status !== 'ready') {
      // A lazyConnect client waits for its first command: start connecting for the next call.
      if (client.status === 'wait') client.connect().catch(() => undefined);
      throw unavailable(operation, `client not ready (${client.status})`, retryAfterSeconds);
    }
  }

  /** Runs one script call, failing closed: not ready, an error or no answer in time is `ERR_UNAVAILABLE`. */
  async function run(operation: string, call: () => Promise<unknown>): Promise<unknown> {
    checkReady(operation);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(unavailable(operation, `no answer within ${timeoutMs} ms`, retryAfterSeconds)),
        timeoutMs,
      );
      timer.unref?.();
    });
    let sent: Promise<unknown>;
    try {
      sent = call();
    } catch (error) {
      clearTimeout(timer);
      throw redisFailure(error, operation, retryAfterSeconds);
    }
    try {
      return await Promise.race([sent, deadline]);
    } catch (error) {
      // The losing call may still reject later: keep that from becoming an unhandled rejection.
      sent.catch(() => undefined);
      throw redisFailure(error, operation, retryAfterSeconds);
    } finally {
      clearTimeout(timer);
    }
  }

  // Increments waiting for the call in flight (standalone Redis; a Cluster gets one call each).
  // One timer serves every deadline: entries are queued in call order with the same timeoutMs,
  // so the oldest one still pending has the next deadline.
  const batching = (client as { isCluster?: boolean }).isCluster !== true;
  let queue: QueuedIncrement[] = [];
  let inFlight: readonly QueuedIncrement[] = [];
  let deadlineTimer: NodeJS.Timeout | undefined;

  function enqueue(key: string, args: QueuedIncrement['args']): Promise<unknown> {
    return new Promise((resolve, reject) => {
      queue.push({
        key,
        args,
        deadline: performance.now() + timeoutMs,
        done: false,
        resolve,
        reject,
      });
      pump();
      armDeadline();
    });
  }

  function finish(queued: QueuedIncrement, error: unknown, reply?: unknown): void {
    if (queued.done) return;
    queued.done = true;
    if (error === undefined) queued.resolve(reply);
    else queued.reject(error);
  }

  /** Arms the one timer for the oldest pending increment's deadline, unless armed. */
  function armDeadline(): void {
    if (deadlineTimer !== undefined) return;
    const oldest = inFlight.find((queued) => !queued.done) ?? queue[0];
    if (oldest === undefined) return;
    deadlineTimer = setTimeout(expire, Math.max(0, oldest.deadline - performance.now()));
    deadlineTimer.unref?.();
  }

  /** Refuses every increment past its deadline, in flight or waiting (a waiting one is never sent). */
  function expire(): void {
    clearTimeout(deadlineTimer);
    deadlineTimer = undefined;
    const now = performance.now();
    const late = (): KabinetError =>
      unavailable('increment', `no answer within ${timeoutMs} ms`, retryAfterSeconds);
    for (const queued of inFlight) if (queued.deadline <= now) finish(queued, late());
    let expired = 0;
    while (expired < queue.length && queue[expired]!.deadline <= now)
      finish(queue[expired++]!, late());
    if (expired > 0) queue = queue.slice(expired);
    armDeadline();
  }

  /** Sends the waiting increments as one call when none is in flight. */
  function pump(): void {
    while (inFlight.length === 0 && queue.length > 0) {
      // Past its deadline, not yet refused by the timer: refuse it now rather than send it.
      if (queue[0]!.deadline <= performance.now()) {
        expire();
        continue;
      }
      const batch = queue.length <= MAX_BATCH ? queue : queue.slice(0, MAX_BATCH);
      queue = queue.length <= MAX_BATCH ? [] : queue.slice(MAX_BATCH);
      if (client.status !== 'ready') {
        const down = unavailable(
          'increment',
          `client not ready (${client.status})`,
          retryAfterSeconds,
        );
        for (const queued of batch) finish(queued, down);
        continue;
      }
      let sent: Promise<unknown>;
      try {
        if (batch.length === 1)
          sent = scripts[SCRIPT_NAMES.increment](batch[0]!.key, ...batch[0]!.args, marginArg);
        else
          sent = scripts[SCRIPT_NAMES.incrementMany](
            batch.length,
            ...batch.map((q) => q.key),
            marginArg,
            ...batch.flatMap((q) => q.args),
          );
      } catch (error) {
        const failure = redisFailure(error, 'increment', retryAfterSeconds);
        for (const queued of batch) finish(queued, failure);
        continue;
      }
      inFlight = batch;
      sent
        .then(
          (reply) => settle(batch, reply),
          (error: unknown) => {
            const failure = redisFailure(error, 'increment', retryAfterSeconds);
            for (const queued of batch) finish(queued, failure);
          },
        )
        .finally(() => {
          inFlight = [];
          pump();
        });
    }
  }

  /** Hands each caller its `[value, expiresAt]`, or its own failure. */
  function settle(batch: readonly QueuedIncrement[], reply: unknown): void {
    if (batch.length === 1) return finish(batch[0]!, undefined, reply);
    const replies = Array.isArray(reply) && reply.length === 2 * batch.length ? reply : undefined;
    batch.forEach((queued, i) => {
      if (replies === undefined) return finish(queued, undefined, reply); // stateOf reports the malformed reply
      const value: unknown = replies[2 * i];
      const expiresAt: unknown = replies[2 * i + 1];
      if (value === null || value === undefined || value === false) {
        const failure = new Error(
          typeof expiresAt === 'string'
            ? expiresAt
            : Buffer.isBuffer(expiresAt)
              ? expiresAt.toString()
              : 'ERR increment failed',
        );
        failure.name = 'ReplyError';
        finish(queued, redisFailure(failure, 'increment', retryAfterSeconds));
      } else finish(queued, undefined, [value, expiresAt]);
    });
  }

  function redisKey(key: string): string {
    return `${prefix}{${checkCounterKey(key)}}`;
  }

  /** `[value, expiresAt]` strings from a script → the state; anything else is a store fault. */
  function stateOf(reply: unknown, operation: string): CounterState {
    if (Array.isArray(reply) && reply.length === 2) {
      const value = luaNumber(reply[0]);
      const expiresAt = luaNumber(reply[1]);
      if (value !== undefined && expiresAt !== undefined) return { value, expiresAt };
    }
    throw new KabinetError('ERR_STORE', `Redis answered ${operation} with an unexpected reply`, {
      details: { operation },
    });
  }

  return {
    async increment(key, increment: IncrementOptions) {
      const k = redisKey(key);
      const { by, ttlMs, window } = checkIncrementOptions(increment);
      const args = [String(clock.now()), String(by), String(ttlMs), window] as const;
      if (!batching)
        return stateOf(
          await run('increment', () => scripts[SCRIPT_NAMES.increment](k, ...args, marginArg)),
          'increment',
        );
      checkReady('increment');
      return stateOf(await enqueue(k, args), 'increment');
    },

    async raiseTo(key, value, ttlMs) {
      const k = redisKey(key);
      checkRaiseToArguments(value, ttlMs);
      const now = clock.now();
      const reply = await run('raiseTo', () =>
        scripts[SCRIPT_NAMES.raiseTo](k, String(now), String(value), String(ttlMs), marginArg),
      );
      return stateOf(reply, 'raiseTo');
    },

    async get(key) {
      const k = redisKey(key);
      const now = clock.now();
      const reply = await run('get', () => scripts[SCRIPT_NAMES.get](k, String(now)));
      return reply === null || reply === undefined ? undefined : stateOf(reply, 'get');
    },

    async reset(key) {
      const k = redisKey(key);
      await run('reset', () => scripts[SCRIPT_NAMES.reset](k));
    },
  };
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  const checked = value ?? fallback;
  if (typeof checked !== 'number' || !Number.isFinite(checked) || checked < 0)
    invalidArgument(`${name} must be a non-negative finite number`, { [name]: String(value) });
  return checked;
}

/** A number as the scripts write it (`%.17g`: `inf`, `-inf` and `nan` included), from a string or a Buffer. */
function luaNumber(raw: unknown): number | undefined {
  const text =
    typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('latin1') : undefined;
  if (text === undefined || text === '') return undefined;
  if (text === 'inf') return Number.POSITIVE_INFINITY;
  if (text === '-inf') return Number.NEGATIVE_INFINITY;
  if (text === 'nan' || text === '-nan') return Number.NaN;
  const value = Number(text);
  return Number.isNaN(value) ? undefined : value;
}
