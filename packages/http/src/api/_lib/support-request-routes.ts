// Support requests (SVC-3) over `kabinet.supportRequests`: the account holder opens a request
// (JSON, or multipart with attachments judged by their bytes), lists and reads theirs and
// replies; operators (access: operator) see the queue — escalated first — take, reply, resolve,
// and unblock or restore access on a request's trail (ACC-9). Not the operator's account
// operations under /v1/support/accounts (support-routes.ts).
import { renderIssue, type Locale, type MessageCatalogue } from '@kabinet/core';
import {
  SUPPORT_TOPICS,
  supportRequestInputSchemas,
  supportRequestMachine,
  type SupportRequestSummary,
  type SupportRequestView,
} from 'kabinet';
import { z } from 'zod';
import type { Upload } from '../../body/read-upload.js';
import type { Route } from '../../routing/define-route.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import { answer, failureReply } from './answer.js';
import { readForm } from './read-form.js';
import {
  kabinetRoute,
  operatorOf,
  sessionOf,
  type ApiTools,
  type KabinetContext,
} from './tools.js';

const TAGS = ['support requests'];
const OPERATOR_TAGS = ['support requests (operators)'];
const USER = '/v1/support-requests';
const OPERATOR = '/v1/operator/support-requests';
type Topic = (typeof SUPPORT_TOPICS)[number]['id'];
const TOPICS = SUPPORT_TOPICS.map((t) => t.id) as [Topic, ...Topic[]];
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
const summarySchema = z.object({ ...summaryFields, messageCount: z.number().int() });
const requestSchema = z.object({
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
const pageSchema = z.object({ items: z.array(summarySchema), nextCursor: z.string().optional() });
const pageQuery = z.object({
  limit: z.string().max(4).optional(),
  cursor: z.string().max(200).optional(),
});
const operatorQuery = pageQuery.extend({
  escalated: z.enum(['true', 'false']).optional().describe('only the escalated requests'),
});
const createBody = z.object({ topic: z.enum(TOPICS), text: z.string().max(100_000) });
const createForm = z.object({
  topic: z.enum(TOPICS),
  text: z.string(),
  file: z.array(z.string().describe('binary')).describe('attachments: PDF, JPEG, PNG'),
});
const replyBody = z.object({ text: z.string().max(100_000) });
const replyForm = z.object({ text: z.string(), file: z.array(z.string().describe('binary')) });
const notFound = {
  404: { description: 'No such request, or not this account’s (`support_request.not_found`)' },
};
const forbidden = {
  401: { description: 'Not signed in' },
  403: { description: 'Not a support operator' },
};
const conflict = {
  409: {
    description:
      'Not allowed in the request’s status (`support_request.not_allowed`), closed (`support_request.closed`) or full (`support_request.too_many_messages`)',
  },
};

function text(code: string, locale: Locale, catalogue: MessageCatalogue): string {
  return renderIssue({ code, path: [] }, locale, catalogue);
}

function summaryBody(view: SupportRequestSummary, locale: Locale, catalogue: MessageCatalogue) {
  return {
    ...view,
    topicText: text(`support_request.topic.${view.topic}`, locale, catalogue),
    statusText: text(`support_request.status.${view.status}`, locale, catalogue),
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

/** Reads `limit` and `cursor` of a list query; `undefined` when they are malformed. */
function pageOf(ctx: KabinetContext): { limit?: number; after?: string } | undefined {
  const limit = ctx.query.get('limit');
  const cursor = ctx.query.get('cursor');
  if (limit !== null && !/^\d{1,4}$/.test(limit)) return undefined;
  if (cursor !== null && (cursor === '' || cursor.length > 200)) return undefined;
  return {
    ...(limit === null ? {} : { limit: Number(limit) }),
    ...(cursor === null ? {} : { after: cursor }),
  };
}

/** The support request routes of the account holder and of operators. */
export function supportRequestRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet, catalogue } = tools;
  const requests = kabinet.supportRequests;
  const binary = { bodyKind: 'binary' as const, maxBodyBytes: tools.uploadMaxBytes };
  const operator = (ctx: KabinetContext) => ({ operatorId: operatorOf(ctx) });
  const one =
    (ctx: KabinetContext, status = 200) =>
    (view: SupportRequestView, warnings: unknown) => ({
      status,
      body:
        warnings === undefined
          ? requestBody(view, ctx.locale, catalogue)
          : { ...requestBody(view, ctx.locale, catalogue), warnings },
    });
  const page =
    (ctx: KabinetContext) =>
    (data: { items: readonly SupportRequestSummary[]; nextCursor?: string }) => ({
      status: 200,
      body: {
        items: data.items.map((i) => summaryBody(i, ctx.locale, catalogue)),
        ...(data.nextCursor === undefined ? {} : { nextCursor: data.nextCursor }),
      },
    });
  const badQuery = (ctx: KabinetContext) =>
    failureReply(ctx, [{ code: 'input.wrong_format', path: ['query'] }]);
  return [
    kabinetRoute({
      operationId: 'createSupportRequest',
      method: 'POST',
      path: USER,
      summary:
        'Open a support request (SVC-3): topic, text and attachments (multipart; judged by their bytes, FILE-1, S-13); an automatic ticket number, «Получено», the result within 48 hours',
      tags: TAGS,
      access: 'session',
      ...binary,
      bodyMedia: { 'application/json': createBody, 'multipart/form-data': createForm },
      responses: {
        201: { description: 'The request', schema: requestSchema },
        413: { description: 'The upload is too large' },
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const form = await readForm(ctx, ctx.body as Upload, createBody, []);
        if (!form.success) return form.reply;
        const r = await requests.create({
          accountId: s.auth.accountId,
          ...form.data,
          ...(form.files.length > 0 ? { files: form.files } : {}),
        });
        return answer(ctx, catalogue, r, one(ctx, 201));
      },
    }),
    kabinetRoute({
      operationId: 'listSupportRequests',
      method: 'GET',
      path: USER,
      summary: 'The account’s support requests, newest first, in pages',
      tags: TAGS,
      access: 'session',
      query: pageQuery,
      responses: { 200: { description: 'A page', schema: pageSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const p = pageOf(ctx);
        if (p === undefined) return badQuery(ctx);
        return answer(
          ctx,
          catalogue,
          await requests.list({ accountId: s.auth.accountId, ...p }),
          page(ctx),
        );
      },
    }),
    kabinetRoute({
      operationId: 'getSupportRequest',
      method: 'GET',
      path: `${USER}/{requestId}`,
      summary: 'One of the account’s support requests with its conversation',
      tags: TAGS,
      access: 'session',
      responses: { 200: { description: 'The request', schema: requestSchema }, ...notFound },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        return answer(
          ctx,
          catalogue,
          await requests.get({
            accountId: s.auth.accountId,
            requestId: ctx.params.requestId ?? '',
          }),
          one(ctx),
        );
      },
    }),
    kabinetRoute({
      operationId: 'replyToSupportRequest',
      method: 'POST',
      path: `${USER}/{requestId}/replies`,
      summary:
        'Reply (JSON or multipart with attachments): a request waiting for you returns to work; a resolved one reopens within the reopen window',
      tags: TAGS,
      access: 'session',
      ...binary,
      bodyMedia: { 'application/json': replyBody, 'multipart/form-data': replyForm },
      responses: {
        200: { description: 'The request', schema: requestSchema },
        ...notFound,
        ...conflict,
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const form = await readForm(ctx, ctx.body as Upload, replyBody, []);
        if (!form.success) return form.reply;
        const r = await requests.reply({
          accountId: s.auth.accountId,
          requestId: ctx.params.requestId ?? '',
          text: form.data.text,
          ...(form.files.length > 0 ? { files: form.files } : {}),
        });
        return answer(ctx, catalogue, r, one(ctx));
      },
    }),
    kabinetRoute({
      operationId: 'supportRequestQueue',
      method: 'GET',
      path: OPERATOR,
      summary:
        'The operator queue: escalated requests first (past the 48-hour answer time), then open ones by deadline, then those waiting for the user',
      tags: OPERATOR_TAGS,
      access: 'operator',
      query: operatorQuery,
      responses: { 200: { description: 'A page', schema: pageSchema }, ...forbidden },
      handle: async (ctx) => {
        const p = pageOf(ctx);
        const escalated = ctx.query.get('escalated');
        if (
          p === undefined ||
          (escalated !== null && escalated !== 'true' && escalated !== 'false')
        )
          return badQuery(ctx);
        const r =
          escalated === 'true'
            ? await requests.listEscalated(operator(ctx), p)
            : await requests.queue(operator(ctx), p);
        return answer(ctx, catalogue, r, page(ctx));
      },
    }),
    kabinetRoute({
      operationId: 'findSupportRequestByNumber',
      method: 'GET',
      path: `${OPERATOR}/by-number/{number}`,
      summary: 'A request by its ticket number, as the user typed it',
      tags: OPERATOR_TAGS,
      access: 'operator',
      responses: {
        200: { description: 'The request', schema: requestSchema },
        ...notFound,
        ...forbidden,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await requests.findByNumber(operator(ctx), { number: ctx.params.number ?? '' }),
          one(ctx),
        ),
    }),
    kabinetRoute({
      operationId: 'operatorGetSupportRequest',
      method: 'GET',
      path: `${OPERATOR}/{requestId}`,
      summary: 'A request with the operator fields (account, assignee, operator ids)',
      tags: OPERATOR_TAGS,
      access: 'operator',
      responses: {
        200: { description: 'The request', schema: requestSchema },
        ...notFound,
        ...forbidden,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await requests.operatorGet(operator(ctx), { requestId: ctx.params.requestId ?? '' }),
          one(ctx),
        ),
    }),
    kabinetRoute({
      operationId: 'takeSupportRequest',
      method: 'POST',
      path: `${OPERATOR}/{requestId}/take`,
      summary: 'Take a request (received → in progress), or take it over from another operator',
      tags: OPERATOR_TAGS,
      access: 'operator',
      responses: {
        200: { description: 'The request', schema: requestSchema },
        ...notFound,
        ...conflict,
        ...forbidden,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await requests.take(operator(ctx), { requestId: ctx.params.requestId ?? '' }),
          one(ctx),
        ),
    }),
    kabinetRoute({
      operationId: 'operatorReplyToSupportRequest',
      method: 'POST',
      path: `${OPERATOR}/{requestId}/replies`,
      summary:
        'Reply to the user (journaled, notified); `awaitUser: true` asks the user for something and stops the answer clock',
      tags: OPERATOR_TAGS,
      access: 'operator',
      body: supportRequestInputSchemas.operatorReply.omit({ requestId: true, files: true }),
      responses: {
        200: { description: 'The request', schema: requestSchema },
        ...notFound,
        ...conflict,
        ...forbidden,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await requests.operatorReply(operator(ctx), {
            requestId: ctx.params.requestId ?? '',
            ...ctx.body,
          }),
          one(ctx),
        ),
    }),
    kabinetRoute({
      operationId: 'resolveSupportRequest',
      method: 'POST',
      path: `${OPERATOR}/{requestId}/resolve`,
      summary: 'Resolve with a resolution text: «Решено», the user notified',
      tags: OPERATOR_TAGS,
      access: 'operator',
      body: supportRequestInputSchemas.resolve.omit({ requestId: true }),
      responses: {
        200: { description: 'The request', schema: requestSchema },
        ...notFound,
        ...conflict,
        ...forbidden,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await requests.resolve(operator(ctx), {
            requestId: ctx.params.requestId ?? '',
            resolution: ctx.body.resolution,
          }),
          one(ctx),
        ),
    }),
    kabinetRoute({
      operationId: 'supportRequestAccountAction',
      method: 'POST',
      path: `${OPERATOR}/{requestId}/account-actions`,
      summary:
        'Unblock the account (ACC-8) or start restoring its access (ACC-9) on the request’s trail: the account journal names the ticket, the ticket records the operation',
      tags: OPERATOR_TAGS,
      access: 'operator',
      body: supportRequestInputSchemas.actOnAccount.omit({ requestId: true }),
      responses: {
        200: { description: 'The request', schema: requestSchema },
        ...notFound,
        ...conflict,
        ...forbidden,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await requests.actOnAccount(operator(ctx), {
            requestId: ctx.params.requestId ?? '',
            ...ctx.body,
          }),
          one(ctx),
        ),
    }),
  ];
}
