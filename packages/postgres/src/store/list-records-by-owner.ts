import {
  checkOwnerId,
  checkPageRequest,
  type Page,
  type PageRequest,
  type StoreRecord,
  type Stored,
} from '@kabinet/ports';
import type { RecordContext } from './_lib/record-context.js';
import { readPage } from './_lib/read-page.js';

/**
 * A party's live records, newest first (descending id), by keyset pages
 * (`VersionedStore.listByOwner`).
 *
 * @param ctx - the store's pool, collection, clock and statements
 * @param ownerId - the records' `ownerId`
 * @param request - the page's limit and cursor
 * @returns the page
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for an empty owner or a bad page request
 * @example
 * ```ts
 * const page = await listRecordsByOwner<SessionRecord>(ctx, accountId, { limit: 20 });
 * ```
 */
export async function listRecordsByOwner<T extends StoreRecord>(
  ctx: RecordContext,
  ownerId: string,
  request: PageRequest,
): Promise<Page<Stored<T>>> {
  const { collection, statements } = ctx;
  checkOwnerId(ownerId, collection);
  checkPageRequest(request, collection);
  const now = ctx.clock.now();
  return readPage<T>(
    ctx,
    'listByOwner',
    [statements.LIST_OWNER_FIRST, statements.LIST_OWNER_AFTER],
    [collection, ownerId, now],
    request,
    request.after === undefined ? undefined : [request.after],
    (last) => last.id,
  );
}
