import { SCRIPT_NAMES } from '../_lib/counter-scripts.js';
import type { CounterContext } from './_lib/counter-context.js';
import { redisKey } from './_lib/counter-state.js';
import { runScript } from './_lib/run-script.js';

/**
 * Deletes a counter (`CounterStore.reset`).
 *
 * @param ctx - the store's client, scripts, clock, prefix and deadlines
 * @param key - the counter key
 * @throws KabinetError `ERR_UNAVAILABLE` when Redis cannot answer in time
 * @example
 * ```ts
 * await resetCounter(ctx, 'login-fail:acc_1');
 * ```
 */
export async function resetCounter(ctx: CounterContext, key: string): Promise<void> {
  const k = redisKey(ctx, key);
  await runScript(ctx, 'reset', () => ctx.scripts[SCRIPT_NAMES.reset](k));
}
