// Registration with drafts (ACC-3, ACC-4, CONTACT-3, CONTACT-6): every step is one route; the
// draft is addressed by its id in the path and the secret resume token in `X-Resume-Token`.
import { registrationInputSchemas } from 'kabinet';
import { ACCOUNT_LEVELS, ACCOUNT_LIFECYCLES } from '@kabinet/ports';
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { dataReply } from '../../reply/data-reply.js';
import {
  draftAccessOf,
  draftNotFound,
  DRAFT_PATH,
  draftReply,
  draftStep,
  registrationRoute,
} from './registration-draft.js';
import { registrationStepRoutes } from './registration-step-routes.js';
import { responder } from '../../reply/respond.js';
import { draftAccessSchema, draftReplySchema, warningsSchema } from '../../schemas.js';
import { kabinetRoute, metaOf, type ApiTools } from '../../tools.js';

/** The registration routes over `kabinet.registration`. */
export function registrationRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet } = tools;
  const registration = kabinet.registration;
  const respond = responder(tools.catalogue);
  return [
    kabinetRoute({
      operationId: 'getRegistrationTerms',
      method: 'GET',
      path: '/v1/registration/terms',
      summary: 'The version of the terms a registrant must accept (ACC-3)',
      ...registrationRoute,
      responses: {
        200: {
          description: 'The current terms version',
          schema: z.object({ termsVersion: z.string() }),
        },
      },
      handle: async () => ({ status: 200, body: { termsVersion: kabinet.policy.termsVersion } }),
    }),
    kabinetRoute({
      operationId: 'startRegistration',
      method: 'POST',
      path: '/v1/registration/drafts',
      summary: 'Start a registration draft (ACC-3); keep the resume token secret',
      ...registrationRoute,
      body: registrationInputSchemas.start,
      responses: { 201: { description: 'Draft started', schema: draftAccessSchema } },
      handle: async (ctx) =>
        respond(ctx, registration.start(ctx.body, metaOf(ctx)), dataReply(201)),
    }),
    kabinetRoute({
      operationId: 'resumeRegistration',
      method: 'POST',
      path: `${DRAFT_PATH}/resume`,
      summary:
        'Resume a draft after a lost session (ACC-4): a new resume token; codes sent before stop working (OTP-2)',
      ...registrationRoute,
      body: registrationInputSchemas.draft.omit({ draftId: true }),
      responses: {
        200: { description: 'The draft with a new resume token', schema: draftAccessSchema },
        ...draftNotFound,
      },
      handle: async (ctx) =>
        respond(
          ctx,
          registration.resume({
            draftId: ctx.params.draftId ?? '',
            resumeToken: ctx.body.resumeToken,
          }),
        ),
    }),
    kabinetRoute({
      operationId: 'getRegistrationDraft',
      method: 'GET',
      path: DRAFT_PATH,
      summary: 'The draft: progress and masked values, never personal data in clear',
      ...draftStep,
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...draftNotFound },
      handle: async (ctx) => respond(ctx, registration.get(draftAccessOf(ctx)), draftReply()),
    }),
    ...registrationStepRoutes(tools),
    kabinetRoute({
      operationId: 'createAccount',
      method: 'POST',
      path: `${DRAFT_PATH}/account`,
      summary:
        'Create the account (ACC-3): active at once when both contacts are confirmed, otherwise waiting for them (CONTACT-6)',
      ...draftStep,
      responses: {
        201: {
          description: 'Account created',
          schema: z.object({
            accountId: z.string(),
            lifecycle: z.enum(ACCOUNT_LIFECYCLES),
            level: z.enum(ACCOUNT_LEVELS),
            warnings: warningsSchema,
          }),
        },
        409: { description: 'Already created' },
        ...draftNotFound,
      },
      handle: async (ctx) =>
        respond(ctx, registration.create(draftAccessOf(ctx), metaOf(ctx)), dataReply(201)),
    }),
  ];
}
