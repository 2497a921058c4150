import {
  checkDueBefore,
  checkPageRequest,
  decodeDueCursor,
  encodeDueCursor,
  type Page,
  type PageRequest,
  type StoreRecord,
  type Stored,
} from '@kabinet/ports';
import type { RecordContext } from './_lib/record-context.js';
import { readPage } from './_lib/read-page.js';

/**
 * Live records due at or before `before`, earliest first (ties by id), by keyset pages over
 * `(due_at, id)` (`VersionedStore.listDue`).
 *
 * @param ctx - the store's pool, collection, clock and statements
 * @param before - the latest `dueAt` listed, epoch ms
 * @param request - the page's limit and opaque cursor
 * @returns the page
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a non-finite `before` or a bad page request
 * @example
 * ```ts
 * const due = await listDueRecords<DraftRecord>(ctx, clock.now(), { limit: 50 });
 * ```
 */
export async function listDueRecords<T extends StoreRecord>(
  ctx: RecordContext,
  before: number,
  request: PageRequest,
): Promise<Page<Stored<T>>> {
  const { collection, statements } = ctx;
  checkDueBefore(before, collection);
  checkPageRequest(request, collection);
  const now = ctx.clock.now();
  const after =
    request.after === undefined ? undefined : decodeDueCursor(request.after, collection);
  return readPage<T>(
    ctx,
    'listDue',
    [statements.LIST_DUE_FIRST, statements.LIST_DUE_AFTER],
    [collection, before, now],
    request,
    after === undefined ? undefined : [after.dueAt, after.id],
    (last) => encodeDueCursor({ dueAt: last.dueAt!, id: last.id }),
  );
}
