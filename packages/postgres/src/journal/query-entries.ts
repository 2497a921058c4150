import type { JournalEntry, JournalQuery, Page, PageRequest } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import {
  checkedParty,
  ENTRY_COLUMNS,
  entryOf,
  isText,
  type EntryRow,
} from '../_lib/journal-rows.js';
import { invalidArgument } from '../_lib/misuse.js';
import type { JournalContext } from './_lib/journal-context.js';
import { seqCursor } from './_lib/page-cursor.js';

/** A period bound as the integer `ceil(bound)`, clamped to the range entry times can have. */
function timeBound(bound: number, what: string): number {
  if (typeof bound !== 'number' || Number.isNaN(bound)) invalidArgument(`${what} is epoch ms`);
  return Math.min(Math.max(Math.ceil(bound), -1), Number.MAX_SAFE_INTEGER + 1);
}

/**
 * Entries matching every given filter (subject, actor, actions, period), in seq order or
 * reversed, by keyset pages over `seq` (`JournalStore.query`).
 *
 * @param ctx - the store's pool, journal, schema and statements
 * @param filter - the filters and the order
 * @param page - the page's limit (1…1000) and cursor
 * @returns the page
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed filter, limit or cursor
 * @example
 * ```ts
 * const page = await queryEntries(ctx, { subject: { type: 'account', id: 'acc_1' }, order: 'desc' }, { limit: 20 });
 * ```
 */
export async function queryEntries(
  ctx: JournalContext,
  filter: JournalQuery,
  page: PageRequest,
): Promise<Page<JournalEntry>> {
  const after = seqCursor(page);
  if (typeof filter !== 'object' || filter === null)
    invalidArgument('a journal query is an object');
  const values: unknown[] = [ctx.journal];
  const where = ['journal = $1'];
  const param = (value: unknown): string => {
    values.push(value);
    return `$${values.length}`;
  };
  if (filter.subject !== undefined) {
    const subject = checkedParty(filter.subject, 'subject');
    where.push(`subject_type = ${param(subject.type)} AND subject_id = ${param(subject.id)}`);
  }
  if (filter.actor !== undefined) {
    const actor = checkedParty(filter.actor, 'actor');
    where.push(`actor_type = ${param(actor.type)} AND actor_id = ${param(actor.id)}`);
  }
  if (filter.action !== undefined) {
    const actions = typeof filter.action === 'string' ? [filter.action] : [...filter.action];
    if (!actions.every(isText)) invalidArgument('actions are strings');
    where.push(
      actions.length === 1
        ? `action = ${param(actions[0])}`
        : `action = ANY(${param(actions)}::text[])`,
    );
  }
  // Entry times are safe integers: `ts >= from` is `ts >= ceil(from)`, and so for `to`.
  if (filter.from !== undefined)
    where.push(`ts >= ${param(timeBound(filter.from, 'from'))}::bigint`);
  if (filter.to !== undefined) where.push(`ts < ${param(timeBound(filter.to, 'to'))}::bigint`);
  const desc = filter.order === 'desc';
  if (after !== undefined) where.push(`seq ${desc ? '<' : '>'} ${param(after)}`);
  const sql = `SELECT ${ENTRY_COLUMNS} FROM ${ctx.tables.entries} WHERE ${where.join(' AND ')} ORDER BY seq ${desc ? 'DESC' : 'ASC'} LIMIT ${param(page.limit + 1)}`;
  const rows = await run<EntryRow>(ctx.pool, 'journal.query', sql, values);
  const items = rows.slice(0, page.limit).map(entryOf);
  return rows.length > page.limit
    ? { items, nextCursor: String(items[items.length - 1]!.seq) }
    : { items };
}
