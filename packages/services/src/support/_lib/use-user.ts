// The user's side: open a request (ticket number, attachments, «Получено», notified), list and
// read their own requests, and reply (a reply to a request waiting for them returns it to
// work; within the reopen window a reply reopens a resolved one).
import { createId, fail, issue, ok, readInput, retryOnConflict, type Result } from '@kabinet/core';
import type { Page, Stored } from '@kabinet/ports';
import { advanceSupportDeadline } from '../support-deadline.js';
import { supportRequestInputSchemas as schemas } from '../support-request-input-schemas.js';
import { supportRequestMachine } from '../support-request-machine.js';
import type { SupportRequestRecord } from '../support-request-record.js';
import type { SupportRequestSummary, SupportRequestView } from '../support-request-view.js';
import { allocateNumber } from './allocate-number.js';
import { closeResolved } from './close-resolved.js';
import { REQUESTS } from './collections.js';
import {
  effects,
  move,
  unstore,
  userParty,
  withDue,
  writeStep,
  type SupportContext,
} from './context.js';
import { listing, pageLimit } from './paging.js';
import { syncQueue } from './queue.js';
import { newMessage } from './new-message.js';
import { storeAttachments } from './store-attachments.js';
import { checkText } from './text-check.js';
import { requestView, summaryView } from './views.js';
import type { SupportRequestIssueCode } from '../support-request-messages.js';

export const notFound = (): Result<never, SupportRequestIssueCode> =>
  fail(issue('support_request.not_found', ['requestId']));

export async function loadOwn(
  ctx: SupportContext,
  accountId: string,
  requestId: string,
): Promise<Stored<SupportRequestRecord> | undefined> {
  const found = await ctx.deps.versioned<SupportRequestRecord>(REQUESTS).get(requestId);
  return found?.ownerId === accountId ? found : undefined;
}

export async function createRequest(
  ctx: SupportContext,
  input: unknown,
): Promise<Result<SupportRequestView, SupportRequestIssueCode>> {
  const read = readInput(schemas.create, input);
  if (!read.success) return read;
  const { accountId, topic } = read.data;
  const text = checkText(read.data.text, 'text', ctx.policy.maxTextLength);
  if (!text.success) return text;
  const now = ctx.deps.clock.now();
  const files = await storeAttachments(ctx, read.data.files ?? [], accountId, now);
  if (!files.success) return files;
  const number = await allocateNumber(ctx, now);
  const id = createId('sreq', now, ctx.deps.random);
  const message = newMessage(ctx, now, {
    author: 'user',
    text: text.data,
    attachments: files.data,
  });
  const record = withDue(ctx, {
    id,
    ownerId: accountId,
    number,
    topic,
    status: supportRequestMachine.initial,
    receivedAt: now,
    updatedAt: now,
    deadline: advanceSupportDeadline({ state: 'stopped' }, 'start', now, ctx.policy.answerWithinMs),
    escalated: false,
    messages: [message],
    accountActions: [],
  });
  const written = await ctx.deps.units.run(async (unit) => {
    const created = await unit
      .versioned<SupportRequestRecord>(REQUESTS)
      .create(record, { uniqueKeys: [`number:${number}`] });
    await syncQueue(unit, created);
    await effects(ctx, unit, created, {
      actor: userParty(accountId),
      action: 'support_request.received',
      payload: {
        textLength: text.data.length,
        attachments: files.data.length,
        deadlineAt: record.dueAt ?? 0,
      },
      notice: {
        code: 'notice.support_request.received',
        params: { number, hours: Math.round(ctx.policy.answerWithinMs / 3_600_000) },
      },
    });
    return created;
  });
  return ok(requestView(ctx, written), files.warnings);
}

export async function listOwn(
  ctx: SupportContext,
  input: unknown,
): Promise<Result<Page<SupportRequestSummary>, SupportRequestIssueCode>> {
  const read = readInput(schemas.list, input);
  if (!read.success) return read;
  const listed = await listing(() =>
    ctx.deps.versioned<SupportRequestRecord>(REQUESTS).listByOwner(read.data.accountId, {
      limit: pageLimit(ctx, read.data.limit),
      ...(read.data.after === undefined ? {} : { after: read.data.after }),
    }),
  );
  if (!listed.success) return listed;
  const page = listed.data;
  return ok({
    items: page.items.map((r) => summaryView(ctx, r)),
    ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
  });
}

export async function getOwn(
  ctx: SupportContext,
  input: unknown,
): Promise<Result<SupportRequestView, SupportRequestIssueCode>> {
  const read = readInput(schemas.get, input);
  if (!read.success) return read;
  const found = await loadOwn(ctx, read.data.accountId, read.data.requestId);
  return found === undefined ? notFound() : ok(requestView(ctx, found));
}

export async function replyAsUser(
  ctx: SupportContext,
  input: unknown,
): Promise<Result<SupportRequestView, SupportRequestIssueCode>> {
  const read = readInput(schemas.reply, input);
  if (!read.success) return read;
  const { accountId, requestId } = read.data;
  const text = checkText(read.data.text, 'text', ctx.policy.maxTextLength);
  if (!text.success) return text;
  const first = await loadOwn(ctx, accountId, requestId);
  if (first === undefined) return notFound();
  if (first.status === 'closed')
    return fail(issue('support_request.closed', ['requestId'], { number: first.number }));
  if (first.messages.length >= ctx.policy.maxMessages)
    return fail(
      issue('support_request.too_many_messages', ['requestId'], { max: ctx.policy.maxMessages }),
    );
  const files = await storeAttachments(ctx, read.data.files ?? [], accountId, ctx.deps.clock.now());
  if (!files.success) return files;
  return await retryOnConflict(
    ctx.policy.conflictRetries,
    async (): Promise<Result<SupportRequestView, SupportRequestIssueCode>> => {
      const current = await loadOwn(ctx, accountId, requestId);
      if (current === undefined) return notFound();
      const now = ctx.deps.clock.now();
      if (current.status === 'closed')
        return fail(issue('support_request.closed', ['requestId'], { number: current.number }));
      if (current.messages.length >= ctx.policy.maxMessages)
        return fail(
          issue('support_request.too_many_messages', ['requestId'], {
            max: ctx.policy.maxMessages,
          }),
        );
      const base = unstore(current);
      // Past the reopen window the request is closed now (what the tick would do), and the reply refused.
      if ((await closeResolved(ctx, current, userParty(accountId), now)) !== undefined)
        return fail(issue('support_request.closed', ['requestId'], { number: current.number }));
      const message = newMessage(ctx, now, {
        author: 'user',
        text: text.data,
        attachments: files.data,
      });
      let next: SupportRequestRecord = {
        ...base,
        messages: [...base.messages, message],
        updatedAt: now,
      };
      let action: 'support_request.user_replied' | 'support_request.reopened' =
        'support_request.user_replied';
      let notice: { code: string; params: { number: string } } | undefined;
      if (current.status === 'waiting_for_user') {
        const to = move(current, 'user_replied');
        if (!to.success) return to;
        next = {
          ...next,
          status: to.data,
          deadline: advanceSupportDeadline(
            current.deadline,
            'resume',
            now,
            ctx.policy.answerWithinMs,
          ),
        };
      } else if (current.status === 'resolved') {
        // Reopened: a new request as far as the clock goes.
        const to = move(current, 'reopen');
        if (!to.success) return to;
        const { resolvedAt: _r, resolution: _s, escalatedAt: _e, ...rest } = next;
        next = {
          ...rest,
          status: to.data,
          escalated: false,
          deadline: advanceSupportDeadline(
            current.deadline,
            'start',
            now,
            ctx.policy.answerWithinMs,
          ),
        };
        action = 'support_request.reopened';
        notice = { code: 'notice.support_request.reopened', params: { number: current.number } };
      }
      const written = await writeStep(ctx, current, next, {
        actor: userParty(accountId),
        action,
        payload: {
          from: current.status,
          textLength: text.data.length,
          attachments: files.data.length,
        },
        ...(notice === undefined ? {} : { notice }),
      });
      return ok(requestView(ctx, written), files.warnings);
    },
  );
}
