import { checkRaiseToArguments, type CounterState } from '@kabinet/ports';
import { SCRIPT_NAMES } from '../_lib/counter-scripts.js';
import type { CounterContext } from './_lib/counter-context.js';
import { redisKey, stateOf } from './_lib/counter-state.js';
import { runScript } from './_lib/run-script.js';

/**
 * Raises a counter to `value` if it is absent, expired or lower, with lifetime `ttlMs` when it
 * changes, in one script call (`CounterStore.raiseTo`): concurrent writers may only extend it.
 *
 * @param ctx - the store's client, scripts, clock, prefix and deadlines
 * @param key - the counter key
 * @param value - the value the counter is raised to, if lower
 * @param ttlMs - the counter's lifetime when it changes
 * @returns the counter's state after the call
 * @throws KabinetError `ERR_UNAVAILABLE` when Redis cannot answer in time; `ERR_STORE` for a store fault
 * @example
 * ```ts
 * await raiseCounterTo(ctx, 'login-fail:acc_1', 5, 15 * 60_000);
 * ```
 */
export async function raiseCounterTo(
  ctx: CounterContext,
  key: string,
  value: number,
  ttlMs: number,
): Promise<CounterState> {
  const k = redisKey(ctx, key);
  checkRaiseToArguments(value, ttlMs);
  const now = ctx.clock.now();
  const reply = await runScript(ctx, 'raiseTo', () =>
    ctx.scripts[SCRIPT_NAMES.raiseTo](k, String(now), String(value), String(ttlMs), ctx.marginArg),
  );
  return stateOf(reply, 'raiseTo');
}
