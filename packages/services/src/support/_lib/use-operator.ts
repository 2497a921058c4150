// The operator's steps on a request: take, reply (optionally asking the user for something,
// which stops the clock) and resolve with a resolution text. Every step is journaled with the
// operator as actor and notified to the user. The reads are in use-operator-reads.ts, account
// operations on the request's trail (ACC-9) in use-account-action.ts.
import {
  fail,
  issue,
  KabinetError,
  ok,
  readInput,
  retryOnConflict,
  type InputSchema,
  type Result,
} from '@kabinet/core';
import type { Stored } from '@kabinet/ports';
import type { SupportOperator } from '../support-operator.js';
import { advanceSupportDeadline } from '../support-deadline.js';
import { supportRequestInputSchemas as schemas } from '../support-request-input-schemas.js';
import type { SupportRequestIssueCode } from '../support-request-messages.js';
import type { SupportRequestStatus } from '../support-request-machine.js';
import type { SupportRequestRecord } from '../support-request-record.js';
import type { SupportRequestView } from '../support-request-view.js';
import {
  loadRequest,
  move,
  operatorParty,
  unstore,
  writeStep,
  type SupportContext,
} from './context.js';
import { newMessage } from './new-message.js';
import { storeAttachments } from './store-attachments.js';
import { checkText } from './text-check.js';
import { notFound } from './use-user.js';
import { requestView } from './views.js';

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

/** The operator's id, the input read with `schema`, and its text field `field` normalized and checked. */
function readOperatorText<T extends Record<F, string>, F extends string>(
  operator: Operator,
  schema: InputSchema<T>,
  input: unknown,
  field: F,
  max: number,
): Result<{ operatorId: string; data: T; text: string }, SupportRequestIssueCode> {
  const operatorId = checkOperator(operator);
  const read = readInput(schema, input);
  if (!read.success) return read;
  const text = checkText(read.data[field], field, max);
  return text.success ? ok({ operatorId, data: read.data, text: text.data }) : text;
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
    const current = await loadRequest(ctx, requestId);
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
  const max = ctx.policy.maxTextLength;
  const read = readOperatorText(operator, schemas.operatorReply, input, 'text', max);
  if (!read.success) return read;
  const { operatorId, data, text } = read.data;
  const awaitUser = data.awaitUser === true;
  const first = await loadRequest(ctx, data.requestId);
  if (first === undefined) return notFound();
  const files = await storeAttachments(ctx, data.files ?? [], first.ownerId, ctx.deps.clock.now());
  if (!files.success) return files;
  return operatorStep(ctx, data.requestId, async (current, now) => {
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
      text,
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
        textLength: text.length,
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
  const max = ctx.policy.maxResolutionLength;
  const read = readOperatorText(operator, schemas.resolve, input, 'resolution', max);
  if (!read.success) return read;
  const { operatorId, text: resolution } = read.data;
  return operatorStep(ctx, read.data.data.requestId, async (current, now) => {
    const to = move(current, 'resolve');
    if (!to.success) return to;
    const message = newMessage(ctx, now, {
      author: 'operator',
      operatorId,
      text: resolution,
      code: 'support_request.system.resolved',
      attachments: [],
    });
    const next = {
      ...unstore(current),
      status: to.data,
      deadline: advanceSupportDeadline(current.deadline, 'stop', now, ctx.policy.answerWithinMs),
      assignee: current.assignee ?? operatorId,
      resolvedAt: now,
      resolution,
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
          resolutionLength: resolution.length,
          withinDeadline: left > 0,
        },
        notice: { code: 'notice.support_request.resolved', params: { number: current.number } },
      }),
    );
  });
}
