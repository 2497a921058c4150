// The operator's side: the queue (escalated first), one request, take, reply (optionally asking
// the user for something, which stops the clock), resolve with a resolution text, and account
// operations on the request's trail (ACC-9). Every step is journaled with the operator as actor
// and notified to the user.
import {
  fail,
  issue,
  KabinetError,
  ok,
  readInput,
  retryOnConflict,
  type Result,
} from '@kabinet/core';
import type { Page, Stored } from '@kabinet/ports';
import { parseTicketNumber } from '../parse-ticket-number.js';
import type { SupportOperator } from '../support-operator.js';
import { advanceSupportDeadline } from '../support-deadline.js';
import { supportRequestInputSchemas as schemas } from '../support-request-input-schemas.js';
import type { SupportRequestStatus } from '../support-request-machine.js';
import type { SupportRequestRecord } from '../support-request-record.js';
import type { SupportRequestSummary, SupportRequestView } from '../support-request-view.js';
import { QUEUE, REQUESTS } from './collections.js';
import { move, operatorParty, unstore, writeStep, type SupportContext } from './context.js';
import { listing, pageLimit } from './paging.js';
import { OPEN_BAND, QUEUE_END, type QueueEntry } from './queue.js';
import { newMessage } from './new-message.js';
import { storeAttachments } from './store-attachments.js';
import { checkText } from './text-check.js';
import { notFound } from './use-user.js';
import { requestView, summaryView } from './views.js';
import type { SupportRequestIssueCode } from '../support-request-messages.js';

export type Operator = SupportOperator;

const OPERATOR_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

export function checkOperator(operator: Operator): string {
  const id = operator?.operatorId;
  if (typeof id !== 'string' || !OPERATOR_ID.test(id))
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      'support requests: operatorId must be 1-128 letters, digits or _.:-',
    );
  return id;
}

async function load(
  ctx: SupportContext,
  requestId: string,
): Promise<Stored<SupportRequestRecord> | undefined> {
  return ctx.deps.versioned<SupportRequestRecord>(REQUESTS).get(requestId);
}

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
    const record = await load(ctx, entry.id);
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
  const found = await load(ctx, read.data.requestId);
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

/** A read-modify-write of one request by an operator. */
async function operatorStep(
  ctx: SupportContext,
  requestId: string,
  change: (
    current: Stored<SupportRequestRecord>,
    now: number,
  ) => Promise<Result<Stored<SupportRequestRecord>, SupportRequestIssueCode>>,
): Promise<Result<SupportRequestView, SupportRequestIssueCode>> {
  return retryOnConflict(ctx.policy.conflictRetries, async () => {
    const current = await load(ctx, requestId);
    if (current === undefined) return notFound();
    const r = await change(current, ctx.deps.clock.now());
    return r.success ? ok(requestView(ctx, r.data, true), r.warnings) : r;
  });
}

export async function take(
  ctx: SupportContext,
  operator: Operator,
  input: unknown,
): Promise<Result<SupportRequestView, SupportRequestIssueCode>> {
  const operatorId = checkOperator(operator);
  const read = readInput(schemas.request, input);
  if (!read.success) return read;
  return operatorStep(ctx, read.data.requestId, async (current, now) => {
    // Taking a request in progress or waiting hands it to this operator; the status stays.
    let status: SupportRequestStatus = current.status;
    if (status === 'received' || status === 'resolved' || status === 'closed') {
      const to = move(current, 'take');
      if (!to.success) return to;
      status = to.data;
    }
    const system = newMessage(ctx, now, {
      author: 'system',
      operatorId,
      code: 'support_request.system.taken',
      attachments: [],
    });
    const next = {
      ...unstore(current),
      status,
      assignee: operatorId,
      updatedAt: now,
      messages: [...current.messages, system],
    };
    return ok(
      await writeStep(ctx, current, next, {
        actor: operatorParty(operatorId),
        action: 'support_request.taken',
        payload: { from: current.status },
        notice: { code: 'notice.support_request.taken', params: { number: current.number } },
      }),
    );
  });
}

export async function operatorReply(
  ctx: SupportContext,
  operator: Operator,
  input: unknown,
): Promise<Result<SupportRequestView, SupportRequestIssueCode>> {
  const operatorId = checkOperator(operator);
  const read = readInput(schemas.operatorReply, input);
  if (!read.success) return read;
  const text = checkText(read.data.text, 'text', ctx.policy.maxTextLength);
  if (!text.success) return text;
  const awaitUser = read.data.awaitUser === true;
  const first = await load(ctx, read.data.requestId);
  if (first === undefined) return notFound();
  const files = await storeAttachments(
    ctx,
    read.data.files ?? [],
    first.ownerId,
    ctx.deps.clock.now(),
  );
  if (!files.success) return files;
  return operatorStep(ctx, read.data.requestId, async (current, now) => {
    if (current.status === 'resolved' || current.status === 'closed')
      return move(current, 'request_info') as Result<never, SupportRequestIssueCode>;
    if (current.messages.length >= ctx.policy.maxMessages)
      return fail(
        issue('support_request.too_many_messages', ['requestId'], { max: ctx.policy.maxMessages }),
      );
    let status: SupportRequestStatus = current.status;
    let deadline = current.deadline;
    if (awaitUser && status !== 'waiting_for_user') {
      const to = move(current, 'request_info');
      if (!to.success) return to;
      status = to.data;
      deadline = advanceSupportDeadline(deadline, 'pause', now, ctx.policy.answerWithinMs);
    } else if (status === 'received') {
      // Answering a new request takes it.
      const to = move(current, 'take');
      if (!to.success) return to;
      status = to.data;
    }
    const message = newMessage(ctx, now, {
      author: 'operator',
      operatorId,
      text: text.data,
      attachments: files.data,
    });
    const next = {
      ...unstore(current),
      status,
      deadline,
      assignee: current.assignee ?? operatorId,
      updatedAt: now,
      messages: [...current.messages, message],
    };
    const written = await writeStep(ctx, current, next, {
      actor: operatorParty(operatorId),
      action: awaitUser ? 'support_request.info_requested' : 'support_request.operator_replied',
      payload: {
        from: current.status,
        textLength: text.data.length,
        attachments: files.data.length,
      },
      notice: {
        code: awaitUser
          ? 'notice.support_request.info_requested'
          : 'notice.support_request.replied',
        params: { number: current.number },
      },
    });
    return ok(written, files.warnings);
  });
}

export async function resolve(
  ctx: SupportContext,
  operator: Operator,
  input: unknown,
): Promise<Result<SupportRequestView, SupportRequestIssueCode>> {
  const operatorId = checkOperator(operator);
  const read = readInput(schemas.resolve, input);
  if (!read.success) return read;
  const resolution = checkText(read.data.resolution, 'resolution', ctx.policy.maxResolutionLength);
  if (!resolution.success) return resolution;
  return operatorStep(ctx, read.data.requestId, async (current, now) => {
    const to = move(current, 'resolve');
    if (!to.success) return to;
    const message = newMessage(ctx, now, {
      author: 'operator',
      operatorId,
      text: resolution.data,
      code: 'support_request.system.resolved',
      attachments: [],
    });
    const next = {
      ...unstore(current),
      status: to.data,
      deadline: advanceSupportDeadline(current.deadline, 'stop', now, ctx.policy.answerWithinMs),
      assignee: current.assignee ?? operatorId,
      resolvedAt: now,
      resolution: resolution.data,
      updatedAt: now,
      messages: [...current.messages, message],
    };
    const d = current.deadline;
    const left =
      d.state === 'running' ? d.deadlineAt - now : d.state === 'paused' ? d.remainingMs : 0;
    return ok(
      await writeStep(ctx, current, next, {
        actor: operatorParty(operatorId),
        action: 'support_request.resolved',
        payload: {
          from: current.status,
          resolutionLength: resolution.data.length,
          withinDeadline: left > 0,
        },
        notice: { code: 'notice.support_request.resolved', params: { number: current.number } },
      }),
    );
  });
}
