import type { OutboxContext } from './outbox-context.js';

/** Rows moved by a lease before its first `ANALYZE` of the chain's tables; the next at twice as many, and so on. */
const FIRST_ANALYZE_AT = 1_000;

/**
 * The upkeep between a lease's batches (see `vacuumEvery`): told how many rows each batch
 * moved, it runs `VACUUM` of the outbox and `ANALYZE` of the chain's tables when they are due.
 */
export function upkeep(
  ctx: OutboxContext,
  send: (statement: string) => Promise<void>,
): (moved: number) => Promise<void> {
  const { vacuumEvery } = ctx;
  let sinceVacuum = 0;
  let total = 0;
  let analyzeAt = FIRST_ANALYZE_AT;
  return async (moved) => {
    if (vacuumEvery === 0 || moved === 0) return;
    sinceVacuum += moved;
    total += moved;
    const due = [
      ...(sinceVacuum >= vacuumEvery ? [ctx.sql.VACUUM] : []),
      ...(total >= analyzeAt ? [ctx.sql.ANALYZE] : []),
    ];
    if (sinceVacuum >= vacuumEvery) sinceVacuum = 0;
    while (total >= analyzeAt) analyzeAt *= 2;
    for (const statement of due) await send(statement);
  };
}
