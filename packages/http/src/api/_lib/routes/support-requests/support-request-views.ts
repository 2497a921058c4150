// A support request (SVC-3) as a client sees it: the schemas of a request and of a page of them,
// the replies that render its topic, status and system lines in the request's language, and the
// responses the routes share.
import { renderIssue, type Locale, type MessageCatalogue } from '@kabinet/core';
import {
  SUPPORT_TOPICS,
  supportRequestMachine,
  type SupportRequestSummary,
  type SupportRequestView,
} from 'kabinet';
import { z } from 'zod';
import type { HttpReply } from '../../../../responses/http-reply.js';
import { labelText } from '../../reply/label-text.js';
import { operatorResponses } from '../../reply/operator-responses.js';
import { pageBody, pageSchema } from '../../request/page-query.js';
import type { KabinetContext } from '../../tools.js';

type Topic = (typeof SUPPORT_TOPICS)[number]['id'];
/** The topics a request can be about. */
export const TOPICS = SUPPORT_TOPICS.map((t) => t.id) as [Topic, ...Topic[]];
const STATUSES = supportRequestMachine.states as unknown as [string, ...string[]];

const attachmentSchema = z.object({
  blobId: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  name: z.string().optional(),
});
const messageSchema = z.object({
  id: z.string(),
  author: z.enum(['user', 'operator', 'system']),
  at: z.number().int(),
  text: z.string().optional(),
  code: z
    .string()
    .optional()
    .describe('a system line (`support_request.system.*`), rendered in `message`'),
  message: z.string().optional(),
  attachments: z.array(attachmentSchema),
  operatorId: z.string().optional().describe('operators only'),
});
const summaryFields = {
  id: z.string(),
  number: z.string().describe('the ticket number, YYYYMMDD-NNNN'),
  topic: z.enum(TOPICS),
  topicText: z.string(),
  status: z.enum(STATUSES),
  statusText: z
    .string()
    .describe('«Получено», «В работе», «Ожидает вашего ответа», «Решено», «Закрыто»'),
  receivedAt: z.number().int(),
  updatedAt: z.number().int(),
  deadlineAt: z
    .number()
    .int()
    .optional()
    .describe('when the result is due (48 h of running time, SVC-3)'),
  answerPaused: z.boolean().describe('support waits for the user: the answer clock stands still'),
  escalated: z.boolean(),
  escalatedAt: z.number().int().optional(),
  resolvedAt: z.number().int().optional(),
  closedAt: z.number().int().optional(),
  reopenableUntil: z.number().int().optional(),
  accountId: z.string().optional().describe('operators only'),
  assignee: z.string().optional().describe('operators only'),
};
/** A support request in a list. */
const summarySchema = z.object({ ...summaryFields, messageCount: z.number().int() });
/** A support request with its conversation. */
export const requestSchema = z.object({
  ...summaryFields,
  resolution: z.string().optional(),
  messages: z.array(messageSchema),
  accountActions: z.array(
    z.object({
      action: z.enum(['unblock', 'restore_access']),
      operatorId: z.string(),
      at: z.number().int(),
    }),
  ),
});
/** A page of support requests. */
export const requestPageSchema = pageSchema(summarySchema);

/** What a route answers with one support request. */
export const requestResponses = {
  200: { description: 'The request', schema: requestSchema },
  404: { description: 'No such request, or not this account’s (`support_request.not_found`)' },
};
/** The refusal of a step the request's status does not allow. */
export const conflictResponses = {
  409: {
    description:
      'Not allowed in the request’s status (`support_request.not_allowed`), closed (`support_request.closed`) or full (`support_request.too_many_messages`)',
  },
};
/** What an operator's step on a request answers. */
export const operatorStepResponses = {
  ...requestResponses,
  ...conflictResponses,
  ...operatorResponses,
};

function summaryBody(view: SupportRequestSummary, locale: Locale, catalogue: MessageCatalogue) {
  return {
    ...view,
    topicText: labelText(`support_request.topic.${view.topic}`, locale, catalogue),
    statusText: labelText(`support_request.status.${view.status}`, locale, catalogue),
  };
}

function requestBody(view: SupportRequestView, locale: Locale, catalogue: MessageCatalogue) {
  return {
    ...summaryBody(view as unknown as SupportRequestSummary, locale, catalogue),
    messages: view.messages.map((m) =>
      m.code === undefined
        ? m
        : {
            ...m,
            message: renderIssue(
              { code: m.code, path: [], ...(m.params === undefined ? {} : { params: m.params }) },
              locale,
              catalogue,
            ),
          },
    ),
  };
}

/** The reply with one request (and the use case's warnings, when there are any). */
export function requestReply(ctx: KabinetContext, catalogue: MessageCatalogue, status = 200) {
  return (view: SupportRequestView, warnings: unknown): HttpReply => ({
    status,
    body:
      warnings === undefined
        ? requestBody(view, ctx.locale, catalogue)
        : { ...requestBody(view, ctx.locale, catalogue), warnings },
  });
}

/** The reply with a page of requests. */
export function requestPageReply(ctx: KabinetContext, catalogue: MessageCatalogue) {
  return (data: { items: readonly SupportRequestSummary[]; nextCursor?: string }): HttpReply => ({
    status: 200,
    body: pageBody(data, (i) => summaryBody(i, ctx.locale, catalogue)),
  });
}
