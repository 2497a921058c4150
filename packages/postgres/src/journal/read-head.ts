import type { JournalEntry } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { entryOf, type EntryRow } from '../_lib/journal-rows.js';
import type { JournalContext } from './_lib/journal-context.js';

/**
 * The chain's last entry (`JournalStore.head`).
 *
 * @param ctx - the store's pool, journal, schema and statements
 * @returns the entry with the highest seq, or `undefined` for an empty chain
 * @example
 * ```ts
 * const head = await readHead(ctx);
 * const nextSeq = head === undefined ? 0 : head.seq + 1;
 * ```
 */
export async function readHead(ctx: JournalContext): Promise<JournalEntry | undefined> {
  const rows = await run<EntryRow>(ctx.pool, 'journal.head', ctx.sql.HEAD, [ctx.journal]);
  return rows[0] === undefined ? undefined : entryOf(rows[0]);
}
