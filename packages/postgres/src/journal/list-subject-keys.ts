import type { JournalSubjectKey, JournalSubjectKeyFilter, Page, PageRequest } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import {
  isText,
  SUBJECT_KEY_COLUMNS,
  subjectKeyOf,
  type SubjectKeyRow,
} from '../_lib/journal-rows.js';
import { invalidArgument } from '../_lib/misuse.js';
import type { JournalContext } from './_lib/journal-context.js';
import { checkLimit } from './_lib/page-cursor.js';

/**
 * The live data keys in id order, by keyset pages over the id, optionally only those not
 * wrapped by one kid (`JournalStore.listSubjectKeys`, for re-wrapping under a new secret).
 *
 * @param ctx - the store's pool, journal, schema and statements
 * @param filter - `notWrappedBy`, a kid to leave out
 * @param page - the page's limit (1…1000) and cursor (the last id)
 * @returns the page
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed filter, limit or cursor
 * @example
 * ```ts
 * const page = await listSubjectKeys(ctx, { notWrappedBy: 'journal-payload-2' }, { limit: 100 });
 * ```
 */
export async function listSubjectKeys(
  ctx: JournalContext,
  filter: JournalSubjectKeyFilter | undefined,
  page: PageRequest,
): Promise<Page<JournalSubjectKey>> {
  checkLimit(page);
  if (page.after !== undefined && (!isText(page.after) || page.after === ''))
    invalidArgument('malformed page cursor', { after: String(page.after) });
  const notWrappedBy = filter?.notWrappedBy;
  if (notWrappedBy !== undefined && !isText(notWrappedBy))
    invalidArgument('notWrappedBy is a kid string');
  const values: unknown[] = [ctx.journal, page.limit + 1];
  const where = ['journal = $1'];
  if (notWrappedBy !== undefined) {
    values.push(notWrappedBy);
    where.push(`wrap_kid <> $${values.length}`);
  }
  if (page.after !== undefined) {
    values.push(page.after);
    where.push(`id > $${values.length}`);
  }
  const sql = `SELECT ${SUBJECT_KEY_COLUMNS} FROM ${ctx.tables.keys} WHERE ${where.join(' AND ')} ORDER BY id LIMIT $2`;
  const rows = await run<SubjectKeyRow>(ctx.pool, 'journal.listSubjectKeys', sql, values);
  const items = rows.slice(0, page.limit).map(subjectKeyOf);
  return rows.length > page.limit ? { items, nextCursor: items[items.length - 1]!.id } : { items };
}
