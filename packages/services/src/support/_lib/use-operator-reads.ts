// The operator's reads: the queue (escalated first, then open by deadline, then waiting for the
// user), its escalated part, one request, and a request by its ticket number.
import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { Page } from '@kabinet/ports';
import { parseTicketNumber } from '../parse-ticket-number.js';
import { supportRequestInputSchemas as schemas } from '../support-request-input-schemas.js';
import type { SupportRequestIssueCode } from '../support-request-messages.js';
import type { SupportRequestRecord } from '../support-request-record.js';
import type { SupportRequestSummary, SupportRequestView } from '../support-request-view.js';
import { QUEUE, REQUESTS } from './collections.js';
import { loadRequest, type SupportContext } from './context.js';
import { listing, pageLimit } from './paging.js';
import { OPEN_BAND, QUEUE_END, type QueueEntry } from './queue.js';
import { checkOperator, type Operator } from './use-operator.js';
import { notFound } from './use-user.js';
import { requestView, summaryView } from './views.js';

async function queuePage(
  ctx: SupportContext,
  input: unknown,
  before: number,
): Promise<Result<Page<SupportRequestSummary>, SupportRequestIssueCode>> {
  const read = readInput(schemas.queue, input ?? {});
  if (!read.success) return read;
  const listed = await listing(() =>
    ctx.deps.versioned<QueueEntry>(QUEUE).listDue(before, {
      limit: pageLimit(ctx, read.data.limit),
      ...(read.data.after === undefined ? {} : { after: read.data.after }),
    }),
  );
  if (!listed.success) return listed;
  const page = listed.data;
  const items: SupportRequestSummary[] = [];
  for (const entry of page.items) {
    const record = await loadRequest(ctx, entry.id);
    if (record !== undefined) items.push(summaryView(ctx, record, true));
  }
  return ok({ items, ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) });
}

export function operatorQueue(
  ctx: SupportContext,
  operator: Operator,
  input: unknown,
): Promise<Result<Page<SupportRequestSummary>, SupportRequestIssueCode>> {
  checkOperator(operator);
  return queuePage(ctx, input, QUEUE_END);
}

export function escalatedQueue(
  ctx: SupportContext,
  operator: Operator,
  input: unknown,
): Promise<Result<Page<SupportRequestSummary>, SupportRequestIssueCode>> {
  checkOperator(operator);
  return queuePage(ctx, input, OPEN_BAND - 1);
}

export async function operatorGet(
  ctx: SupportContext,
  operator: Operator,
  input: unknown,
): Promise<Result<SupportRequestView, SupportRequestIssueCode>> {
  checkOperator(operator);
  const read = readInput(schemas.request, input);
  if (!read.success) return read;
  const found = await loadRequest(ctx, read.data.requestId);
  return found === undefined ? notFound() : ok(requestView(ctx, found, true));
}

export async function findByNumber(
  ctx: SupportContext,
  operator: Operator,
  input: unknown,
): Promise<Result<SupportRequestView, SupportRequestIssueCode>> {
  checkOperator(operator);
  const read = readInput(schemas.findByNumber, input);
  if (!read.success) return read;
  const number = parseTicketNumber(read.data.number);
  if (!number.success) return fail(number.issues.map((i) => ({ ...i, path: ['number'] })));
  const found = await ctx.deps
    .versioned<SupportRequestRecord>(REQUESTS)
    .findByKey(`number:${number.data}`);
  return found === undefined
    ? fail(issue('support_request.not_found', ['number']))
    : ok(requestView(ctx, found, true));
}
