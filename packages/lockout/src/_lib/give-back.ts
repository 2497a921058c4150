import type { CounterState, CounterStore } from '@kabinet/ports';

/** Gives back a reservation; a counter that had expired and was recreated negative is put back to zero. */
export async function giveBack(counters: CounterStore, key: string, ttlMs: number): Promise<void> {
  const state = await counters.increment(key, { by: -1, ttlMs: Math.max(1, ttlMs) });
  if (state.value < 0)
    await counters.increment(key, { by: -state.value, ttlMs: Math.max(1, ttlMs) });
}

/** Gives back each reservation of a refused request, each for the rest of its counter's life. */
export async function giveBackAll(
  counters: CounterStore,
  now: number,
  reserved: readonly (readonly [string, CounterState])[],
): Promise<void> {
  await Promise.all(reserved.map(([key, state]) => giveBack(counters, key, state.expiresAt - now)));
}
