// Support requests (SVC-3) for operators (access: operator): the queue — escalated first — and a
// request by number or id; take, reply, resolve, and unblock or restore access on a request's
// trail (ACC-9).
import { supportRequestInputSchemas } from 'kabinet';
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { operatorResponses } from '../../reply/operator-responses.js';
import { pageAfter, pageQuery, readPage } from '../../request/page-query.js';
import { responder } from '../../reply/respond.js';
import {
  operatorStepResponses,
  requestPageReply,
  requestPageSchema,
  requestReply,
  requestResponses,
} from './support-request-views.js';
import { operatorRoute, type ApiTools, type KabinetContext } from '../../tools.js';

const TAGS = ['support requests (operators)'];
const OPERATOR = '/v1/operator/support-requests';
const queueQuery = pageQuery.extend({
  escalated: z.enum(['true', 'false']).optional().describe('only the escalated requests'),
});

/** The request in the path. */
const request = (ctx: KabinetContext) => ({ requestId: ctx.params.requestId ?? '' });

/** The support request routes of operators. */
export function supportRequestOperatorRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { catalogue } = tools;
  const requests = tools.kabinet.supportRequests;
  const respond = responder(catalogue);
  return [
    operatorRoute({
      operationId: 'supportRequestQueue',
      method: 'GET',
      path: OPERATOR,
      summary:
        'The operator queue: escalated requests first (past the 48-hour answer time), then open ones by deadline, then those waiting for the user',
      tags: TAGS,
      query: queueQuery,
      responses: {
        200: { description: 'A page', schema: requestPageSchema },
        ...operatorResponses,
      },
      handle: async (ctx, operatorId) => {
        const q = readPage(ctx, queueQuery);
        if (q.reply) return q.reply;
        const page = pageAfter(q.page);
        const queue =
          ctx.query.get('escalated') === 'true'
            ? requests.listEscalated({ operatorId }, page)
            : requests.queue({ operatorId }, page);
        return respond(ctx, queue, requestPageReply(ctx, catalogue));
      },
    }),
    operatorRoute({
      operationId: 'findSupportRequestByNumber',
      method: 'GET',
      path: `${OPERATOR}/by-number/{number}`,
      summary: 'A request by its ticket number, as the user typed it',
      tags: TAGS,
      responses: { ...requestResponses, ...operatorResponses },
      handle: async (ctx, operatorId) =>
        respond(
          ctx,
          requests.findByNumber({ operatorId }, { number: ctx.params.number ?? '' }),
          requestReply(ctx, catalogue),
        ),
    }),
    operatorRoute({
      operationId: 'operatorGetSupportRequest',
      method: 'GET',
      path: `${OPERATOR}/{requestId}`,
      summary: 'A request with the operator fields (account, assignee, operator ids)',
      tags: TAGS,
      responses: { ...requestResponses, ...operatorResponses },
      handle: async (ctx, operatorId) =>
        respond(
          ctx,
          requests.operatorGet({ operatorId }, request(ctx)),
          requestReply(ctx, catalogue),
        ),
    }),
    operatorRoute({
      operationId: 'takeSupportRequest',
      method: 'POST',
      path: `${OPERATOR}/{requestId}/take`,
      summary: 'Take a request (received → in progress), or take it over from another operator',
      tags: TAGS,
      responses: operatorStepResponses,
      handle: async (ctx, operatorId) =>
        respond(ctx, requests.take({ operatorId }, request(ctx)), requestReply(ctx, catalogue)),
    }),
    operatorRoute({
      operationId: 'operatorReplyToSupportRequest',
      method: 'POST',
      path: `${OPERATOR}/{requestId}/replies`,
      summary:
        'Reply to the user (journaled, notified); `awaitUser: true` asks the user for something and stops the answer clock',
      tags: TAGS,
      body: supportRequestInputSchemas.operatorReply.omit({ requestId: true, files: true }),
      responses: operatorStepResponses,
      handle: async (ctx, operatorId) =>
        respond(
          ctx,
          requests.operatorReply({ operatorId }, { ...request(ctx), ...ctx.body }),
          requestReply(ctx, catalogue),
        ),
    }),
    operatorRoute({
      operationId: 'resolveSupportRequest',
      method: 'POST',
      path: `${OPERATOR}/{requestId}/resolve`,
      summary: 'Resolve with a resolution text: «Решено», the user notified',
      tags: TAGS,
      body: supportRequestInputSchemas.resolve.omit({ requestId: true }),
      responses: operatorStepResponses,
      handle: async (ctx, operatorId) =>
        respond(
          ctx,
          requests.resolve({ operatorId }, { ...request(ctx), resolution: ctx.body.resolution }),
          requestReply(ctx, catalogue),
        ),
    }),
    operatorRoute({
      operationId: 'supportRequestAccountAction',
      method: 'POST',
      path: `${OPERATOR}/{requestId}/account-actions`,
      summary:
        'Unblock the account (ACC-8) or start restoring its access (ACC-9) on the request’s trail: the account journal names the ticket, the ticket records the operation',
      tags: TAGS,
      body: supportRequestInputSchemas.actOnAccount.omit({ requestId: true }),
      responses: operatorStepResponses,
      handle: async (ctx, operatorId) =>
        respond(
          ctx,
          requests.actOnAccount({ operatorId }, { ...request(ctx), ...ctx.body }),
          requestReply(ctx, catalogue),
        ),
    }),
  ];
}
