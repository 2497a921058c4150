// Support requests (SVC-3) over `kabinet.supportRequests`: the account holder opens a request
// (JSON, or multipart with attachments judged by their bytes), lists and reads theirs and
// replies; the operators' queue and steps are in support-request-operator-routes.ts. Not the
// operator's account operations under /v1/support/accounts (support-routes.ts).
import { z } from 'zod';
import type { Upload } from '../../../../body/read-upload.js';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { pageAfter, pageQuery, readPage } from '../../request/page-query.js';
import { readForm } from '../../request/read-form.js';
import { responder } from '../../reply/respond.js';
import { supportRequestOperatorRoutes } from './support-request-operator-routes.js';
import {
  conflictResponses,
  requestPageReply,
  requestPageSchema,
  requestReply,
  requestResponses,
  requestSchema,
  TOPICS,
} from './support-request-views.js';
import { accountRoute, type ApiTools } from '../../tools.js';

const TAGS = ['support requests'];
const USER = '/v1/support-requests';
const createBody = z.object({ topic: z.enum(TOPICS), text: z.string().max(100_000) });
const createForm = z.object({
  topic: z.enum(TOPICS),
  text: z.string(),
  file: z.array(z.string().describe('binary')).describe('attachments: PDF, JPEG, PNG'),
});
const replyBody = z.object({ text: z.string().max(100_000) });
const replyForm = z.object({ text: z.string(), file: z.array(z.string().describe('binary')) });

/** The support request routes of the account holder and of operators. */
export function supportRequestRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { catalogue } = tools;
  const requests = tools.kabinet.supportRequests;
  const respond = responder(catalogue);
  const binary = { bodyKind: 'binary' as const, maxBodyBytes: tools.uploadMaxBytes };
  return [
    accountRoute({
      operationId: 'createSupportRequest',
      method: 'POST',
      path: USER,
      summary:
        'Open a support request (SVC-3): topic, text and attachments (multipart; judged by their bytes, FILE-1, S-13); an automatic ticket number, «Получено», the result within 48 hours',
      tags: TAGS,
      ...binary,
      bodyMedia: { 'application/json': createBody, 'multipart/form-data': createForm },
      responses: {
        201: { description: 'The request', schema: requestSchema },
        413: { description: 'The upload is too large' },
      },
      handle: async (ctx, auth) => {
        const form = await readForm(ctx, ctx.body as Upload, createBody, []);
        if (!form.success) return form.reply;
        const created = requests.create({
          accountId: auth.accountId,
          ...form.data,
          ...(form.files.length > 0 ? { files: form.files } : {}),
        });
        return respond(ctx, created, requestReply(ctx, catalogue, 201));
      },
    }),
    accountRoute({
      operationId: 'listSupportRequests',
      method: 'GET',
      path: USER,
      summary: 'The account’s support requests, newest first, in pages',
      tags: TAGS,
      query: pageQuery,
      responses: { 200: { description: 'A page', schema: requestPageSchema } },
      handle: async (ctx, auth) => {
        const q = readPage(ctx);
        if (q.reply) return q.reply;
        return respond(
          ctx,
          requests.list({ accountId: auth.accountId, ...pageAfter(q.page) }),
          requestPageReply(ctx, catalogue),
        );
      },
    }),
    accountRoute({
      operationId: 'getSupportRequest',
      method: 'GET',
      path: `${USER}/{requestId}`,
      summary: 'One of the account’s support requests with its conversation',
      tags: TAGS,
      responses: requestResponses,
      handle: async (ctx, auth) =>
        respond(
          ctx,
          requests.get({ accountId: auth.accountId, requestId: ctx.params.requestId ?? '' }),
          requestReply(ctx, catalogue),
        ),
    }),
    accountRoute({
      operationId: 'replyToSupportRequest',
      method: 'POST',
      path: `${USER}/{requestId}/replies`,
      summary:
        'Reply (JSON or multipart with attachments): a request waiting for you returns to work; a resolved one reopens within the reopen window',
      tags: TAGS,
      ...binary,
      bodyMedia: { 'application/json': replyBody, 'multipart/form-data': replyForm },
      responses: { ...requestResponses, ...conflictResponses },
      handle: async (ctx, auth) => {
        const form = await readForm(ctx, ctx.body as Upload, replyBody, []);
        if (!form.success) return form.reply;
        const replied = requests.reply({
          accountId: auth.accountId,
          requestId: ctx.params.requestId ?? '',
          text: form.data.text,
          ...(form.files.length > 0 ? { files: form.files } : {}),
        });
        return respond(ctx, replied, requestReply(ctx, catalogue));
      },
    }),
    ...supportRequestOperatorRoutes(tools),
  ];
}
