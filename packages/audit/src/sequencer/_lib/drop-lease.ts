import type { SequencerContext } from './sequencer-context.js';

/** Gives leadership up and forgets the frontier; a lost connection has released it already. */
export async function dropLease(ctx: SequencerContext): Promise<void> {
  const held = ctx.lease;
  ctx.lease = undefined;
  ctx.frontier = undefined;
  try {
    await held?.release();
  } catch {
    // The connection is gone: so is the lock.
  }
}
