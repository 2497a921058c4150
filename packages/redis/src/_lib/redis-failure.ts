import { KabinetError, UnavailableError } from '@kabinet/core';

/** Redis error replies that mean "not now" (loading, failover, paused, out of memory), not a bug. */
const TRANSIENT_REPLIES =
  /^(LOADING|BUSY|MASTERDOWN|CLUSTERDOWN|TRYAGAIN|READONLY|NOREPLICAS|OOM|MOVED|ASK|UNBLOCKED|NOSCRIPT)\b/;

/** What the store says when Redis cannot answer: the operation and why, never a key (keys hold identifiers). */
export function unavailable(
  operation: string,
  reason: string,
  retryAfterSeconds: number,
  cause?: unknown,
): KabinetError {
  return new UnavailableError(`Redis unavailable during ${operation}: ${reason}`, {
    ...(cause === undefined ? {} : { cause }),
    details: { operation, reason, retryAfterSeconds },
  });
}

/**
 * A copy of a driver error with only its name and message: ioredis attaches the command and
 * its arguments (the counter key, which may hold a phone number) to reply errors, and a cause
 * is often logged whole (S-12).
 */
function scrubbed(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const copy = new Error(error.message);
  copy.name = error.name;
  return copy;
}

/**
 * Maps whatever a Redis call threw to a `KabinetError`: Kabinet errors pass through; an error
 * reply that is a store fault (`WRONGTYPE`, a script error) becomes `ERR_STORE`; everything
 * else (connection refused or lost, command timeout, offline queue disabled, retries
 * exhausted, a transient reply such as `LOADING` or `CLUSTERDOWN`) is `ERR_UNAVAILABLE` with
 * `retryAfterSeconds`. Nothing here ever resolves: a caller that gets no counter state
 * cannot allow (fail closed).
 */
export function redisFailure(
  error: unknown,
  operation: string,
  retryAfterSeconds: number,
): KabinetError {
  if (KabinetError.isInstance(error)) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'ReplyError' && !TRANSIENT_REPLIES.test(message)) {
    return new KabinetError(
      'ERR_STORE',
      `Redis refused ${operation}: ${message.split('\n')[0]!.slice(0, 200)}`,
      {
        cause: scrubbed(error),
        details: { operation },
      },
    );
  }
  return unavailable(
    operation,
    message.split('\n')[0]!.slice(0, 200),
    retryAfterSeconds,
    scrubbed(error),
  );
}
