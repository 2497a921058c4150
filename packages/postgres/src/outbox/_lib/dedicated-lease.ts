import { KabinetError } from '@kabinet/core';
import type { JournalEntry, JournalSequencerLease } from '@kabinet/ports';
import { run } from '../../_lib/in-transaction.js';
import { pipelined } from '../../_lib/run-transaction.js';
import { isUnavailable, storeError } from '../../_lib/store-error.js';
import { watchConnection } from '../../_lib/watch-connection.js';
import type { SqlConnection } from '../../pool/sql-pool.js';
import { checkBatchLimit } from './check-sealed.js';
import { moveBatch } from './move-batch.js';
import type { OutboxContext } from './outbox-context.js';
import { upkeep } from './upkeep.js';

/**
 * A lease on a connection of its own, holding the session advisory lock: its batches run on
 * that connection, and losing the connection loses the lead.
 */
export function dedicatedLease(
  ctx: OutboxContext,
  connection: SqlConnection,
): JournalSequencerLease {
  let lost: unknown;
  let released = false;
  let head: JournalEntry | undefined;
  let headKnown = false;
  const fast = pipelined(connection);
  // A connection that breaks while the lease holds it must not crash the process: the lease is lost.
  const watch = watchConnection(connection);
  const broken = (): unknown => lost ?? watch.failure();
  const maintain = upkeep(ctx, async (statement) => {
    try {
      await connection.query(statement);
    } catch (error) {
      // Upkeep is not the batch's business; a broken connection is the lease's.
      if (isUnavailable(error)) lost ??= error;
    }
  });
  return {
    async sequence(limit, seal) {
      checkBatchLimit(limit);
      if (released)
        throw new KabinetError('ERR_INVALID_STATE', 'this sequencer lease was released');
      if (broken() !== undefined) throw storeError(broken(), 'journal.sequence');
      try {
        // In pipeline mode BEGIN is not waited for: it goes with the batch's first statement
        // (only a broken connection fails a BEGIN, and that fails the statements after it).
        // Its failure is kept as a value until the batch is done, so a killed connection never
        // leaves a rejected promise without a handler while the batch's statements run.
        const begun = (
          fast ? connection.query('BEGIN') : run(connection, 'journal.sequence', 'BEGIN')
        ).then(
          () => undefined,
          (error: unknown) => error ?? new Error('BEGIN failed'),
        );
        let entries: readonly JournalEntry[];
        try {
          entries = await moveBatch(ctx, connection, limit, seal, head, headKnown);
        } finally {
          const failed = await begun;
          if (failed !== undefined) throw storeError(failed, 'journal.sequence');
        }
        await run(connection, 'journal.sequence', 'COMMIT');
        if (entries.length > 0) {
          head = entries[entries.length - 1];
          headKnown = true;
        }
        await maintain(entries.length);
        return entries;
      } catch (error) {
        headKnown = false;
        try {
          await connection.query('ROLLBACK');
        } catch (rollbackError) {
          lost ??= rollbackError;
        }
        // Driver errors are already KabinetErrors; a throwing `seal` is rethrown as it is.
        throw error;
      }
    },
    async release() {
      if (released) return;
      released = true;
      try {
        if (broken() === undefined) await connection.query(ctx.sql.UNLOCK, [ctx.lockName]);
      } catch (error) {
        lost ??= error;
      } finally {
        watch.stop();
        lost = broken();
        // A broken connection is destroyed, not returned to the pool.
        connection.release(
          lost === undefined
            ? undefined
            : lost instanceof Error
              ? lost
              : new Error('the connection broke', { cause: lost }),
        );
      }
    },
  };
}
