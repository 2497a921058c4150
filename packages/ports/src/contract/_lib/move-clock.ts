import type { ContractClock } from '../store-contract-types.js';

/** Moves the clock forward to `target` epoch ms (no-op when it is already there or past). */
export async function moveClockTo(clock: ContractClock, target: number): Promise<void> {
  const delta = target - clock.now();
  if (delta > 0) await clock.advance(delta);
}
