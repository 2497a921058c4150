import type { JournalCheckpointRecord, Page, PageRequest } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { checkpointOf, type CheckpointRow } from '../_lib/journal-rows.js';
import type { JournalContext } from './_lib/journal-context.js';
import { seqCursor } from './_lib/page-cursor.js';

/**
 * The stored checkpoints by growing size, by keyset pages over the size
 * (`JournalStore.listCheckpoints`).
 *
 * @param ctx - the store's pool, journal, schema and statements
 * @param page - the page's limit (1…1000) and cursor (the last size)
 * @returns the page
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed limit or cursor
 * @example
 * ```ts
 * const { items } = await listCheckpoints(ctx, { limit: 100 });
 * ```
 */
export async function listCheckpoints(
  ctx: JournalContext,
  page: PageRequest,
): Promise<Page<JournalCheckpointRecord>> {
  const after = seqCursor(page) ?? -1;
  const rows = await run<CheckpointRow>(
    ctx.pool,
    'journal.listCheckpoints',
    ctx.sql.LIST_CHECKPOINTS,
    [ctx.journal, after, page.limit + 1],
  );
  const items = rows.slice(0, page.limit).map(checkpointOf);
  return rows.length > page.limit
    ? { items, nextCursor: String(items[items.length - 1]!.size) }
    : { items };
}
