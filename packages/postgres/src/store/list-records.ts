import {
  checkPageRequest,
  type Page,
  type PageRequest,
  type StoreRecord,
  type Stored,
} from '@kabinet/ports';
import type { RecordContext } from './_lib/record-context.js';
import { readPage } from './_lib/read-page.js';

/**
 * Live records in ascending id order, by keyset pages (`VersionedStore.list`); the cursor is
 * the last id of a page.
 *
 * @param ctx - the store's pool, collection, clock and statements
 * @param request - the page's limit and cursor
 * @returns the page
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a bad page request
 * @example
 * ```ts
 * const { items, nextCursor } = await listRecords<AccountRecord>(ctx, { limit: 100 });
 * ```
 */
export async function listRecords<T extends StoreRecord>(
  ctx: RecordContext,
  request: PageRequest,
): Promise<Page<Stored<T>>> {
  const { collection, statements } = ctx;
  checkPageRequest(request, collection);
  const now = ctx.clock.now();
  return readPage<T>(
    ctx,
    'list',
    [statements.LIST_FIRST, statements.LIST_AFTER],
    [collection, now],
    request,
    request.after === undefined ? undefined : [request.after],
    (last) => last.id,
  );
}
