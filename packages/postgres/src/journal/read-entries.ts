import type { JournalEntry } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { entryOf, type EntryRow } from '../_lib/journal-rows.js';
import { invalidArgument } from '../_lib/misuse.js';
import type { JournalContext } from './_lib/journal-context.js';

/**
 * Up to `limit` entries from `fromSeq` on, in chain order (`JournalStore.read`).
 *
 * @param ctx - the store's pool, journal, schema and statements
 * @param fromSeq - the first seq read
 * @param limit - the most entries read (0 reads none)
 * @returns the entries
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a negative or fractional `fromSeq` or `limit`
 * @example
 * ```ts
 * const entries = await readEntries(ctx, 0, 500);
 * ```
 */
export async function readEntries(
  ctx: JournalContext,
  fromSeq: number,
  limit: number,
): Promise<readonly JournalEntry[]> {
  if (!Number.isSafeInteger(fromSeq) || fromSeq < 0)
    invalidArgument('fromSeq must be a non-negative integer', { fromSeq: String(fromSeq) });
  if (!Number.isSafeInteger(limit) || limit < 0)
    invalidArgument('limit must be a non-negative integer', { limit: String(limit) });
  if (limit === 0) return [];
  const rows = await run<EntryRow>(ctx.pool, 'journal.read', ctx.sql.READ, [
    ctx.journal,
    fromSeq,
    limit,
  ]);
  return rows.map(entryOf);
}
