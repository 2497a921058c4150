// Support operations behind the operator role (ACC-8, ACC-9, ACC-7, PAY-4): look up, unblock,
// block, restore access, registered letters, video and in-person confirmation, the account's
// journal; payments by transaction number, refunds, cancellations and GIS GMP quittances are in
// support-payment-routes.ts.
import { supportInputSchemas } from 'kabinet';
import {
  ACCOUNT_LEVELS,
  ACCOUNT_LIFECYCLES,
  CONFIRMATION_METHODS,
  USER_TYPES,
} from '@kabinet/ports';
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { dataReply } from '../../reply/data-reply.js';
import { checkViewSchema } from '../identity/identity-views.js';
import { accountJournalPage, journalQuery, readJournalPage } from '../journal/journal-page.js';
import { supportJournalPageSchema } from '../journal/journal-views.js';
import { operatorResponses } from '../../reply/operator-responses.js';
import { responder } from '../../reply/respond.js';
import { supportPaymentRoutes } from './support-payment-routes.js';
import { operatorRoute, type ApiTools, type KabinetContext } from '../../tools.js';

const TAGS = ['support'];
const ACCOUNT = '/v1/support/accounts/{accountId}';
/** The account comes from the path. */
const ACCOUNT_ID = { accountId: true } as const;
const supportAccountSchema = z.object({
  accountId: z.string(),
  userType: z.enum(USER_TYPES),
  lifecycle: z.enum(ACCOUNT_LIFECYCLES),
  level: z.enum(ACCOUNT_LEVELS),
  phone: z.string().describe('masked'),
  email: z.string().describe('masked'),
  lock: z.object({ locked: z.boolean(), failures: z.number().int() }),
  checks: z.array(checkViewSchema),
  sessions: z.number().int(),
  blockReason: z.string().optional(),
});
const accountReply = {
  200: { description: 'The account', schema: supportAccountSchema },
  ...operatorResponses,
};
const checkReply = {
  200: { description: 'The check', schema: checkViewSchema },
  ...operatorResponses,
};

/** The account in the path. */
const account = (ctx: KabinetContext) => ({ accountId: ctx.params.accountId ?? '' });
/** The account and the identity check in the path. */
const check = (ctx: KabinetContext) => ({ ...account(ctx), checkId: ctx.params.checkId ?? '' });

/** The support routes (access: operator). */
export function supportRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet } = tools;
  const support = kabinet.support;
  const respond = responder(tools.catalogue);
  return [
    operatorRoute({
      operationId: 'supportGetAccount',
      method: 'GET',
      path: ACCOUNT,
      summary: 'An account as support sees it: state, level, lock, checks (masked contacts)',
      tags: TAGS,
      responses: {
        200: { description: 'The account', schema: supportAccountSchema },
        404: { description: 'No such account' },
        ...operatorResponses,
      },
      handle: async (ctx, operatorId) =>
        respond(ctx, support.account({ operatorId }, account(ctx))),
    }),
    operatorRoute({
      operationId: 'supportUnblockAccount',
      method: 'POST',
      path: `${ACCOUNT}/unblock`,
      summary:
        'Lift a lock after repeated errors, or a block (ACC-8); the lockout counters are reset',
      tags: TAGS,
      body: supportInputSchemas.unblock.omit(ACCOUNT_ID),
      responses: accountReply,
      handle: async (ctx, operatorId) =>
        respond(ctx, support.unblock({ operatorId }, { ...account(ctx), ...ctx.body })),
    }),
    operatorRoute({
      operationId: 'supportBlockAccount',
      method: 'POST',
      path: `${ACCOUNT}/block`,
      summary: 'Block an account; every session ends',
      tags: TAGS,
      body: supportInputSchemas.block.omit(ACCOUNT_ID),
      responses: accountReply,
      handle: async (ctx, operatorId) =>
        respond(ctx, support.block({ operatorId }, { ...account(ctx), reason: ctx.body.reason })),
    }),
    operatorRoute({
      operationId: 'supportRestoreAccess',
      method: 'POST',
      path: `${ACCOUNT}/restore-access`,
      summary:
        'Restore access (ACC-9): a one-time recovery token goes by SMS to the registered phone; the holder sets a new password at POST /v1/auth/recovery',
      tags: TAGS,
      responses: {
        202: {
          description: 'Token sent',
          schema: z.object({ sentTo: z.string(), expiresAt: z.number().int() }),
        },
        ...operatorResponses,
      },
      handle: async (ctx, operatorId) =>
        respond(ctx, support.restoreAccess({ operatorId }, account(ctx)), dataReply(202)),
    }),
    operatorRoute({
      operationId: 'supportDispatchLetter',
      method: 'POST',
      path: `${ACCOUNT}/checks/{checkId}/letter`,
      summary:
        'Registered mail (ACC-7): record the dispatch with its tracking number; returns the code to print in the letter',
      tags: TAGS,
      body: supportInputSchemas.dispatchLetter.omit({ ...ACCOUNT_ID, checkId: true }),
      responses: {
        200: {
          description: 'The check, the code and the address',
          schema: z.object({ check: checkViewSchema, code: z.string(), address: z.string() }),
        },
        ...operatorResponses,
      },
      handle: async (ctx, operatorId) =>
        respond(
          ctx,
          support.dispatchLetter(
            { operatorId },
            { ...check(ctx), trackingNumber: ctx.body.trackingNumber },
          ),
        ),
    }),
    operatorRoute({
      operationId: 'supportVerifyVideo',
      method: 'POST',
      path: `${ACCOUNT}/checks/{checkId}/video-verified`,
      summary: 'Video call (ACC-7): the operator confirms the person; the registry check follows',
      tags: TAGS,
      responses: checkReply,
      handle: async (ctx, operatorId) =>
        respond(ctx, support.verifyVideo({ operatorId }, check(ctx))),
    }),
    operatorRoute({
      operationId: 'supportVerifyInPerson',
      method: 'POST',
      path: `${ACCOUNT}/in-person`,
      summary: `In person at a service centre (ACC-7, ${CONFIRMATION_METHODS.at(-1)}): the operator records the visit; an activation link goes by SMS`,
      tags: TAGS,
      body: supportInputSchemas.verifyInPerson.omit(ACCOUNT_ID),
      responses: checkReply,
      handle: async (ctx, operatorId) =>
        respond(
          ctx,
          support.verifyInPerson(
            { operatorId },
            { ...account(ctx), serviceCentreId: ctx.body.serviceCentreId },
          ),
        ),
    }),
    operatorRoute({
      operationId: 'supportAccountJournal',
      method: 'GET',
      path: `${ACCOUNT}/journal`,
      summary: 'Every journaled step of an account, newest first, so support can trace it (ACC-9)',
      tags: TAGS,
      query: journalQuery,
      responses: {
        200: {
          description: 'A page of events (with the portal-wide `seq` of each)',
          schema: supportJournalPageSchema,
        },
        ...operatorResponses,
      },
      handle: async (ctx) => {
        const q = readJournalPage(ctx);
        if (q.reply) return q.reply;
        return {
          status: 200,
          body: await accountJournalPage(kabinet, account(ctx).accountId, q.page, true),
        };
      },
    }),
    ...supportPaymentRoutes(tools, TAGS),
  ];
}
