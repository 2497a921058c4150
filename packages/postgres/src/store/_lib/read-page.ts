import type { Page, PageRequest, StoreRecord, Stored } from '@kabinet/ports';
import { run } from '../../_lib/in-transaction.js';
import type { NamedStatement } from '../../_lib/named-statement.js';
import type { RecordContext } from './record-context.js';
import { toStored, type RecordRow } from './record-rows.js';

/**
 * One keyset page: runs `statement` (which reads `limit + 1` rows, the limit being among
 * `values`), keeps `request.limit` of them and, when there were more, the cursor of the last.
 */
export async function readPage<T extends StoreRecord>(
  ctx: RecordContext,
  operation: string,
  statement: NamedStatement,
  values: readonly unknown[],
  request: PageRequest,
  cursorOf: (last: Stored<T>) => string,
): Promise<Page<Stored<T>>> {
  const rows = await run<RecordRow>(ctx.pool, `${ctx.collection}.${operation}`, statement, values);
  const items = rows.slice(0, request.limit).map((row) => toStored<T>(row));
  const last = items.at(-1);
  return rows.length > request.limit && last !== undefined
    ? { items, nextCursor: cursorOf(last) }
    : { items };
}
