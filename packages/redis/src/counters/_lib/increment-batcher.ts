import type { KabinetError } from '@kabinet/core';
import { SCRIPT_NAMES } from '../../_lib/counter-scripts.js';
import { redisFailure, unavailable } from '../../_lib/redis-failure.js';
import type { CounterContext } from './counter-context.js';

/** An increment's script arguments after the key: now, by, ttlMs, window. */
export type IncrementArgs = readonly [string, string, string, string];

/** An increment waiting for the script in flight to answer (standalone Redis only). */
interface QueuedIncrement {
  readonly key: string;
  readonly args: IncrementArgs;
  /** `performance.now()` at which its caller gets ERR_UNAVAILABLE; one still waiting then is never sent. */
  readonly deadline: number;
  /** Answered (resolved or refused): a later answer is ignored. */
  done: boolean;
  readonly resolve: (reply: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** At most this many increments share one script call. */
const MAX_BATCH = 64;

function finish(queued: QueuedIncrement, error: unknown, reply?: unknown): void {
  if (queued.done) return;
  queued.done = true;
  if (error === undefined) queued.resolve(reply);
  else queued.reject(error);
}

/**
 * The increments of one store on a standalone Redis, sharing script calls: while one call is in
 * flight, further increments wait, and the next call carries all of them (up to 64, in call
 * order). Returns the function that queues one increment and resolves with its script reply
 * (`[value, expiresAt]`), or rejects with its own failure. One timer serves every deadline:
 * entries are queued in call order with the same `timeoutMs`, so the oldest one still pending
 * has the next deadline.
 */
export function incrementBatcher(
  ctx: CounterContext,
): (key: string, args: IncrementArgs) => Promise<unknown> {
  const { client, scripts, marginArg, timeoutMs, retryAfterSeconds } = ctx;
  let queue: QueuedIncrement[] = [];
  let inFlight: readonly QueuedIncrement[] = [];
  let deadlineTimer: NodeJS.Timeout | undefined;

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

  return (key, args) =>
    new Promise((resolve, reject) => {
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
