import { checkIncrementOptions, type CounterState, type IncrementOptions } from '@kabinet/ports';
import { SCRIPT_NAMES } from '../_lib/counter-scripts.js';
import type { CounterContext } from './_lib/counter-context.js';
import { redisKey, stateOf } from './_lib/counter-state.js';
import type { IncrementArgs } from './_lib/increment-batcher.js';
import { checkReady, runScript } from './_lib/run-script.js';

/**
 * Adds `by` to a counter in one script call (`CounterStore.increment`), starting it when missing
 * or expired. With `batched` (standalone Redis), the increment waits for the call in flight and
 * goes with the next one; without (Redis Cluster), it is a call of its own.
 *
 * @param ctx - the store's client, scripts, clock, prefix and deadlines
 * @param batched - queues the increment for the next shared call, or `undefined` for a call of its own
 * @param key - the counter key
 * @param increment - `by`, `ttlMs` and the window kind
 * @returns the counter's state after the increment
 * @throws KabinetError `ERR_UNAVAILABLE` when Redis cannot answer in time; `ERR_STORE` for a store fault
 * @example
 * ```ts
 * const state = await incrementCounter(ctx, undefined, 'otp-fail:+79161234567', { ttlMs: 300_000 });
 * ```
 */
export async function incrementCounter(
  ctx: CounterContext,
  batched: ((key: string, args: IncrementArgs) => Promise<unknown>) | undefined,
  key: string,
  increment: IncrementOptions,
): Promise<CounterState> {
  const k = redisKey(ctx, key);
  const { by, ttlMs, window } = checkIncrementOptions(increment);
  const args = [String(ctx.clock.now()), String(by), String(ttlMs), window] as const;
  if (batched === undefined)
    return stateOf(
      await runScript(ctx, 'increment', () =>
        ctx.scripts[SCRIPT_NAMES.increment](k, ...args, ctx.marginArg),
      ),
      'increment',
    );
  checkReady(ctx, 'increment');
  return stateOf(await batched(k, args), 'increment');
}
