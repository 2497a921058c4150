import type { CounterState } from '@kabinet/ports';
import { SCRIPT_NAMES } from '../_lib/counter-scripts.js';
import type { CounterContext } from './_lib/counter-context.js';
import { redisKey, stateOf } from './_lib/counter-state.js';
import { runScript } from './_lib/run-script.js';

/**
 * A live counter's state, judged by the clock's `now` (`CounterStore.get`).
 *
 * @param ctx - the store's client, scripts, clock, prefix and deadlines
 * @param key - the counter key
 * @returns the state, or `undefined` when missing or expired
 * @throws KabinetError `ERR_UNAVAILABLE` when Redis cannot answer in time; `ERR_STORE` for a store fault
 * @example
 * ```ts
 * const state = await getCounter(ctx, 'otp-fail:+79161234567');
 * ```
 */
export async function getCounter(
  ctx: CounterContext,
  key: string,
): Promise<CounterState | undefined> {
  const k = redisKey(ctx, key);
  const now = ctx.clock.now();
  const reply = await runScript(ctx, 'get', () => ctx.scripts[SCRIPT_NAMES.get](k, String(now)));
  return reply === null || reply === undefined ? undefined : stateOf(reply, 'get');
}
