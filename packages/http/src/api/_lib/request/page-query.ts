// The page of a list as the query asks for it (`limit`, `cursor`): one reading for every paged
// list of the API, so a malformed page is answered alike everywhere.
import { issue, type Issue } from '@kabinet/core';
import { z } from 'zod';
import type { HttpReply } from '../../../responses/http-reply.js';
import { failureReply } from '../reply/answer.js';
import type { KabinetContext } from '../tools.js';

/** The query of a paged list: `limit` (page size) and `cursor` (the previous page's `nextCursor`). */
export const pageQuery = z.object({
  limit: z.string().max(4).optional(),
  cursor: z.string().max(200).optional(),
});

/** A page as the client asked for it. */
export interface PageRequest {
  /** Page size; the service applies its default and its largest. */
  readonly limit?: number;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
}

/** The query parameters {@link readPage} reads, beside any others a list declares. */
type PageParams = { readonly limit?: string | undefined; readonly cursor?: string | undefined };

/**
 * Reads `limit` (one to four digits) of a parsed query, or `undefined` with an
 * `input.wrong_format` issue at `['query', 'limit']` pushed onto `issues`.
 */
export function readLimit(value: string | undefined, issues: Issue[]): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{1,4}$/.test(value)) return Number(value);
  issues.push(issue('input.wrong_format', ['query', 'limit']));
  return undefined;
}

/**
 * Reads the page of a list from the query, checked against the list's declared query schema
 * (`pageQuery` or one that extends it): the page, or the 422 reply — `input.wrong_format` at
 * `['query']` when the query does not fit the schema, at `['query', 'limit']` or
 * `['query', 'cursor']` when that parameter is malformed (an empty cursor included).
 */
export function readPage(
  ctx: KabinetContext,
  query: z.ZodType<PageParams> = pageQuery,
): { page: PageRequest; reply?: undefined } | { page?: undefined; reply: HttpReply } {
  const q = query.safeParse(Object.fromEntries(ctx.query));
  if (!q.success) return { reply: failureReply(ctx, [issue('input.wrong_format', ['query'])]) };
  const issues: Issue[] = [];
  const limit = readLimit(q.data.limit, issues);
  const cursor = q.data.cursor;
  if (cursor === '') issues.push(issue('input.wrong_format', ['query', 'cursor']));
  if (issues.length > 0) return { reply: failureReply(ctx, issues) };
  return {
    page: {
      ...(limit === undefined ? {} : { limit }),
      ...(cursor === undefined ? {} : { cursor }),
    },
  };
}

/** The page for a service that names the cursor `after` (support requests, notifications). */
export function pageAfter(page: PageRequest): { limit?: number; after?: string } {
  return {
    ...(page.limit === undefined ? {} : { limit: page.limit }),
    ...(page.cursor === undefined ? {} : { after: page.cursor }),
  };
}

/** The schema of a page of a list: the items and the next page's cursor. */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().optional() });
}

/** A page of a list for the client: each item through `view`, and the next page's cursor. */
export function pageBody<T, V>(
  data: { readonly items: readonly T[]; readonly nextCursor?: string | undefined },
  view: (item: T) => V,
): { items: V[]; nextCursor?: string } {
  return {
    items: data.items.map((item) => view(item)),
    ...(data.nextCursor === undefined ? {} : { nextCursor: data.nextCursor }),
  };
}
