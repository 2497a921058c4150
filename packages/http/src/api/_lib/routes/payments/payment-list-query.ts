// The query of the account's payment list (PAY-5): period, service types, statuses and the page.
import { issue, type Issue } from '@kabinet/core';
import { z } from 'zod';
import type { HttpReply } from '../../../../responses/http-reply.js';
import { failureReply } from '../../reply/answer.js';
import { readLimit } from '../../request/page-query.js';
import type { ApiTools, KabinetContext } from '../../tools.js';

/** The filters and the page of `GET /v1/payments`, without the account. */
type PaymentListFilter = Omit<
  Parameters<ApiTools['kabinet']['payments']['listPayments']>[0],
  'accountId'
>;

/** The query of `GET /v1/payments`. */
export const paymentListQuery = z.object({
  from: z.string().max(40).optional().describe('period start: epoch ms or ISO 8601 (inclusive)'),
  to: z.string().max(40).optional().describe('period end: epoch ms or ISO 8601 (exclusive)'),
  serviceType: z.string().max(1000).optional().describe('service types, comma-separated'),
  status: z.string().max(200).optional().describe('statuses, comma-separated'),
  limit: z.string().max(6).optional(),
  cursor: z.string().max(200).optional(),
});

/** Reads an epoch-ms or ISO 8601 instant from a query parameter. */
function instant(value: string | undefined, name: string, issues: Issue[]): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = /^\d{1,15}$/.test(value)
    ? Number(value)
    : /^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
      ? Date.parse(value)
      : Number.NaN;
  if (!Number.isFinite(n)) {
    issues.push(issue('input.wrong_format', ['query', name]));
    return undefined;
  }
  return n;
}

/** Reads a comma-separated list (at most 20 items) from a query parameter. */
const list = (value: string | undefined): string[] | undefined =>
  value === undefined || value === ''
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .slice(0, 20);

/**
 * Reads the filters and the page of the payment list, or the 422 reply: `input.wrong_format`
 * at `['query']` for a query that does not fit, and at `['query', name]` for each malformed
 * instant and for the limit. The cursor and the statuses are the service's to judge.
 */
export function readPaymentList(
  ctx: KabinetContext,
): { filter: PaymentListFilter; reply?: undefined } | { filter?: undefined; reply: HttpReply } {
  const q = paymentListQuery.safeParse(Object.fromEntries(ctx.query));
  if (!q.success) return { reply: failureReply(ctx, [issue('input.wrong_format', ['query'])]) };
  const issues: Issue[] = [];
  const from = instant(q.data.from, 'from', issues);
  const to = instant(q.data.to, 'to', issues);
  const limit = readLimit(q.data.limit, issues);
  if (issues.length > 0) return { reply: failureReply(ctx, issues) };
  const serviceTypes = list(q.data.serviceType);
  const statuses = list(q.data.status);
  return {
    filter: {
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(serviceTypes === undefined ? {} : { serviceTypes }),
      ...(statuses === undefined ? {} : { statuses: statuses as never }),
      ...(limit === undefined ? {} : { limit }),
      ...(q.data.cursor === undefined ? {} : { cursor: q.data.cursor }),
    },
  };
}
