import type { JournalSequencerLease } from '@kabinet/ports';
import { storeError } from '../_lib/store-error.js';
import { watchConnection } from '../_lib/watch-connection.js';
import type { SqlConnection, SqlPool } from '../pool/sql-pool.js';
import { dedicatedLease } from './_lib/dedicated-lease.js';
import type { OutboxContext } from './_lib/outbox-context.js';
import { pooledLease } from './_lib/pooled-lease.js';

/** Leaders of `pooled` leases in this process, by pool and lock name. */
const pooledLeaders = new WeakMap<SqlPool, Set<string>>();

/**
 * Tries to become the journal's one sequencer (`JournalOutbox.lead`). `dedicated`: takes
 * `pg_try_advisory_lock` on a connection the lease keeps, so one instance leads however many
 * try, and a leader whose connection dies loses the lock with it. `pooled`: leadership is kept
 * within this process.
 *
 * @param ctx - the outbox's pool, journal, lock name, lease mode and statements
 * @returns the lease, or `undefined` when another leads
 * @throws KabinetError `ERR_UNAVAILABLE` or `ERR_STORE` when no connection can be had or the lock cannot be asked for
 * @example
 * ```ts
 * const lease = await takeLead(ctx);
 * if (lease !== undefined) await lease.sequence(500, seal);
 * ```
 */
export async function takeLead(ctx: OutboxContext): Promise<JournalSequencerLease | undefined> {
  const { pool, lockName } = ctx;
  if (ctx.mode === 'pooled') {
    let held = pooledLeaders.get(pool);
    if (held === undefined) {
      held = new Set();
      pooledLeaders.set(pool, held);
    }
    if (held.has(lockName)) return undefined;
    held.add(lockName);
    return pooledLease(ctx, held);
  }
  let connection: SqlConnection;
  try {
    connection = await pool.connect();
  } catch (error) {
    throw storeError(error, 'journal.lead');
  }
  // Watched until the lease watches it: a connection that breaks during TRY_LOCK emits too.
  const watch = watchConnection(connection);
  let got = false;
  try {
    got =
      (await connection.query<{ got: boolean }>(ctx.sql.TRY_LOCK, [lockName])).rows[0]?.got ===
      true;
  } catch (error) {
    watch.stop();
    connection.release(error instanceof Error ? error : new Error(String(error)));
    throw storeError(error, 'journal.lead');
  }
  watch.stop();
  if (!got || watch.failure() !== undefined) {
    connection.release(watch.failure());
    return undefined;
  }
  return dedicatedLease(ctx, connection);
}
