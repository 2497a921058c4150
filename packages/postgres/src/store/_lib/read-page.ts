import type { Page, PageRequest, StoreRecord, Stored } from '@kabinet/ports';
import { run } from '../../_lib/in-transaction.js';
import type { NamedStatement } from '../../_lib/named-statement.js';
import type { RecordContext } from './record-context.js';
import { toStored, type RecordRow } from './record-rows.js';

/**
 * One keyset page. The first page runs `first` with `filters` and the limit (`limit + 1` rows
 * are read, to know whether more follow); a later one runs `next` with the cursor's `after`
 * values behind those. It keeps `request.limit` rows and, when there were more, the cursor of
 * the last.
 */
export async function readPage<T extends StoreRecord>(
  ctx: RecordContext,
  operation: string,
  [first, next]: readonly [NamedStatement, NamedStatement],
  filters: readonly unknown[],
  request: PageRequest,
  after: readonly unknown[] | undefined,
  cursorOf: (last: Stored<T>) => string,
): Promise<Page<Stored<T>>> {
  const values = [...filters, request.limit + 1, ...(after ?? [])];
  const rows = await run<RecordRow>(
    ctx.pool,
    `${ctx.collection}.${operation}`,
    after === undefined ? first : next,
    values,
  );
  const items = rows.slice(0, request.limit).map((row) => toStored<T>(row));
  const last = items.at(-1);
  return rows.length > request.limit && last !== undefined
    ? { items, nextCursor: cursorOf(last) }
    : { items };
}
