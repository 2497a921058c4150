// A page of an account's journal (AUD-1, ACC-9): the query, read like a body, and the page
// numbered in the account's own order.
import { issue, prefixIssues, readInput } from '@kabinet/core';
import { z } from 'zod';
import type { HttpReply } from '../../../../responses/http-reply.js';
import { accountOrder } from './account-order.js';
import { failureReply } from '../../reply/answer.js';
import { eventView } from './journal-views.js';
import type { ApiTools, KabinetContext } from '../../tools.js';

/** The query of a journal page. */
export const journalQuery = z.object({
  limit: z.string().max(4).optional().describe('page size, 1–100 (default 50)'),
  cursor: z.string().max(200).optional().describe('the `nextCursor` of the previous page'),
  action: z.string().max(100).optional().describe('only this action, e.g. account.login.succeeded'),
});

/** A journal page as the client asked for it. */
export interface JournalPageRequest {
  /** Page size, 1–100. */
  readonly limit: number;
  /** The `order` of the previous page's last event. */
  readonly cursor?: number;
  /** Only this action. */
  readonly action?: string;
}

/**
 * Reads `limit`, `cursor` and `action` for a journal page, or the 422 reply when one is
 * malformed.
 */
export function readJournalPage(
  ctx: KabinetContext,
): { page: JournalPageRequest; reply?: undefined } | { page?: undefined; reply: HttpReply } {
  // readInput, like a body: a repeated or over-long parameter gets its own code at its path.
  const q = readInput(journalQuery, Object.fromEntries(ctx.query));
  if (!q.success) return { reply: failureReply(ctx, prefixIssues(['query'], q.issues)) };
  const limit = q.data.limit === undefined ? 50 : Number(q.data.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    return { reply: failureReply(ctx, [issue('input.wrong_format', ['query', 'limit'])]) };
  const cursor =
    q.data.cursor === undefined
      ? undefined
      : /^[1-9][0-9]{0,9}$/.test(q.data.cursor)
        ? Number(q.data.cursor)
        : Number.NaN;
  if (Number.isNaN(cursor))
    return { reply: failureReply(ctx, [issue('input.wrong_format', ['query', 'cursor'])]) };
  return {
    page: {
      limit,
      ...(cursor === undefined ? {} : { cursor }),
      ...(q.data.action === undefined ? {} : { action: q.data.action }),
    },
  };
}

/**
 * A page of an account's journal, newest first, each event with its per-account `order`; the
 * cursor is the `order` of the page's last event (never a portal-wide `seq`).
 */
export async function accountJournalPage(
  kabinet: ApiTools['kabinet'],
  accountId: string,
  page: JournalPageRequest,
  withSeq = false,
): Promise<{ items: unknown[]; nextCursor?: string }> {
  const numbered = (await accountOrder(kabinet, accountId)).entries
    .map((entry, i) => ({ entry, order: i + 1 }))
    .filter(
      (e) =>
        (page.action === undefined || e.entry.action === page.action) &&
        (page.cursor === undefined || e.order < page.cursor),
    )
    .reverse();
  const chosen = numbered.slice(0, page.limit);
  const items = await Promise.all(
    chosen.map(async ({ entry, order }) =>
      eventView({ entry, payload: await kabinet.journal.openPayload(entry) }, order, withSeq),
    ),
  );
  return numbered.length > page.limit
    ? { items, nextCursor: String(chosen[chosen.length - 1]!.order) }
    : { items };
}
