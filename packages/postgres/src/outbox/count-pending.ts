import { run } from '../_lib/in-transaction.js';
import type { OutboxContext } from './_lib/outbox-context.js';

/**
 * How many entries wait in the journal's outbox (`JournalOutbox.pending`).
 *
 * @param ctx - the outbox's pool, journal, lock name, lease mode and statements
 * @returns the count
 * @example
 * ```ts
 * if ((await countPending(ctx)) > 10_000) warn('the sequencer is behind');
 * ```
 */
export async function countPending(ctx: OutboxContext): Promise<number> {
  const rows = await run<{ n: number }>(ctx.pool, 'journal.outbox.pending', ctx.sql.COUNT, [
    ctx.journal,
  ]);
  return rows[0]!.n;
}
