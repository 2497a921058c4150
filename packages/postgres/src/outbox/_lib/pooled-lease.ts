import { KabinetError } from '@kabinet/core';
import type { JournalSequencerLease } from '@kabinet/ports';
import { runTransaction } from '../../_lib/run-transaction.js';
import { checkBatchLimit } from './check-sealed.js';
import { moveBatch } from './move-batch.js';
import type { OutboxContext } from './outbox-context.js';
import { upkeep } from './upkeep.js';

/**
 * A lease kept in this process (its lock name in `held` while it leads); each batch takes a
 * connection of the pool.
 */
export function pooledLease(ctx: OutboxContext, held: Set<string>): JournalSequencerLease {
  let released = false;
  const maintain = upkeep(ctx, async (statement) => {
    try {
      await ctx.pool.query(statement);
    } catch {
      // Upkeep is best effort; the next batch tells whether the database is there.
    }
  });
  return {
    async sequence(limit, seal) {
      checkBatchLimit(limit);
      if (released)
        throw new KabinetError('ERR_INVALID_STATE', 'this sequencer lease was released');
      const entries = await runTransaction(ctx.pool, 'journal.sequence', (tx) =>
        moveBatch(ctx, tx, limit, seal, undefined, false),
      );
      await maintain(entries.length);
      return entries;
    },
    async release() {
      if (released) return;
      released = true;
      held.delete(ctx.lockName);
    },
  };
}
