import { redisFailure, unavailable } from '../../_lib/redis-failure.js';
import type { CounterContext } from './counter-context.js';

/** Throws `ERR_UNAVAILABLE` unless the client is ready. */
export function checkReady(ctx: CounterContext, operation: string): void {
  const { client } = ctx;
  if (client.status !== 'ready') {
    // A lazyConnect client waits for its first command: start connecting for the next call.
    if (client.status === 'wait') client.connect().catch(() => undefined);
    throw unavailable(operation, `client not ready (${client.status})`, ctx.retryAfterSeconds);
  }
}

/** Runs one script call, failing closed: not ready, an error or no answer in time is `ERR_UNAVAILABLE`. */
export async function runScript(
  ctx: CounterContext,
  operation: string,
  call: () => Promise<unknown>,
): Promise<unknown> {
  const { timeoutMs, retryAfterSeconds } = ctx;
  checkReady(ctx, operation);
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
