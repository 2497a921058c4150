// Applications — «Мои заявки» (SVC-1) over `kabinet.applications`: the service catalogue,
// drafts, edits, attachments (multipart), submit, withdraw, the answer to a request for more
// information, the account's list, the received certificates (AUD-2), and the authority's
// signed callback. The bodies are the service's `applicationsInputSchemas` without what the
// session and the path give; the views are in application-views.ts.
import { issue } from '@kabinet/core';
import { applicationsInputSchemas, type ApplicationDetails } from '@kabinet/services/applications';
import { z } from 'zod';
import type { Upload } from '../../../../body/read-upload.js';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { agencyCallbackRoute } from './agency-callback-route.js';
import {
  APPLICATION_TAGS,
  applicationView,
  applicationViewSchema,
  certificateView,
  certificateViewSchema,
} from './application-views.js';
import { pageBody, pageQuery, pageSchema, readPage } from '../../request/page-query.js';
import { readForm } from '../../request/read-form.js';
import { responder } from '../../reply/respond.js';
import { serviceCatalogueRoute } from './service-catalogue-route.js';
import { accountRoute, type ApiTools, type KabinetContext } from '../../tools.js';

// Applications' cursors are longer than the shared page query allows.
const listQuery = pageQuery.extend({ cursor: z.string().max(500).optional() });
// The session gives the account and its level, the path the application.
const APPLICATION = { accountId: true, applicationId: true } as const;
const createBody = applicationsInputSchemas.createDraft.omit({
  accountId: true,
  accountLevel: true,
});
const editBody = applicationsInputSchemas.edit.omit(APPLICATION);
const answerBody = applicationsInputSchemas.answer.omit(APPLICATION);
const attachBody = applicationsInputSchemas.attach.omit({ ...APPLICATION, file: true });
const attachForm = attachBody.extend({ file: z.string().describe('binary: one file') });

/** The applications routes of the account holder, and the authority's public callback. */
export function applicationRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet, catalogue } = tools;
  const applications = kabinet.applications;
  const respond = responder(catalogue);
  const one =
    (ctx: KabinetContext, status = 200) =>
    (data: ApplicationDetails) => ({ status, body: applicationView(data, ctx.locale, catalogue) });
  const view = {
    200: { description: 'The application', schema: applicationViewSchema },
    404: { description: 'No such application of this account' },
  };
  const late = {
    409: {
      description:
        'Not allowed in the application’s status (`application.not_editable`, `application.not_withdrawable`, `application.transition_not_allowed`)',
    },
  };
  const id = (ctx: KabinetContext) => ctx.params.applicationId ?? '';
  return [
    serviceCatalogueRoute(tools),
    accountRoute({
      operationId: 'createApplication',
      method: 'POST',
      path: '/v1/applications',
      summary:
        'Start an application (a draft) for a service of the catalogue, optionally with its first fields',
      tags: APPLICATION_TAGS,
      body: createBody,
      responses: {
        201: { description: 'The draft', schema: applicationViewSchema },
        403: { description: 'The account level is too low for the service' },
        404: { description: 'No such service' },
      },
      handle: (ctx, auth) =>
        respond(
          ctx,
          applications.createDraft({
            ...ctx.body,
            accountId: auth.accountId,
            accountLevel: auth.level,
          }),
          one(ctx, 201),
        ),
    }),
    accountRoute({
      operationId: 'listApplications',
      method: 'GET',
      path: '/v1/applications',
      summary:
        '«Мои заявки»: the account’s applications, newest first, with status, expected completion date and what is possible now',
      tags: APPLICATION_TAGS,
      query: listQuery,
      responses: { 200: { description: 'A page', schema: pageSchema(applicationViewSchema) } },
      handle: async (ctx, auth) => {
        const { page, reply } = readPage(ctx, listQuery);
        if (reply !== undefined) return reply;
        return respond(ctx, applications.list({ accountId: auth.accountId, ...page }), (data) => ({
          status: 200,
          body: pageBody(data, (d) => applicationView(d, ctx.locale, catalogue)),
        }));
      },
    }),
    accountRoute({
      operationId: 'getApplication',
      method: 'GET',
      path: '/v1/applications/{applicationId}',
      summary: 'One application',
      tags: APPLICATION_TAGS,
      responses: view,
      handle: (ctx, auth) =>
        respond(
          ctx,
          applications.get({ accountId: auth.accountId, applicationId: id(ctx) }),
          one(ctx),
        ),
    }),
    accountRoute({
      operationId: 'editApplication',
      method: 'PUT',
      path: '/v1/applications/{applicationId}',
      summary: 'Change fields (SVC-1: until the application is passed to the authority)',
      tags: APPLICATION_TAGS,
      body: editBody,
      responses: { ...view, ...late },
      handle: (ctx, auth) =>
        respond(
          ctx,
          applications.edit({ ...ctx.body, accountId: auth.accountId, applicationId: id(ctx) }),
          one(ctx),
        ),
    }),
    accountRoute({
      operationId: 'attachToApplication',
      method: 'POST',
      path: '/v1/applications/{applicationId}/attachments',
      summary:
        'Upload a file of a kind the service asks for (multipart: `kind` and one `file`), judged by its bytes and scanned (S-13)',
      tags: APPLICATION_TAGS,
      bodyKind: 'binary',
      maxBodyBytes: tools.uploadMaxBytes,
      bodyMedia: { 'multipart/form-data': attachForm },
      responses: {
        201: { description: 'The application with the file', schema: applicationViewSchema },
        404: view[404],
        413: { description: 'The upload is too large' },
        ...late,
      },
      handle: async (ctx, auth) => {
        const form = await readForm(ctx, ctx.body as Upload, attachBody, []);
        if (!form.success) return form.reply;
        const file = form.files[0];
        if (file === undefined || form.files.length !== 1)
          return ctx.problem(400, 'upload.missing_file', [issue('upload.missing_file', ['file'])]);
        return respond(
          ctx,
          applications.attach({
            ...form.data,
            accountId: auth.accountId,
            applicationId: id(ctx),
            file,
          }),
          one(ctx, 201),
        );
      },
    }),
    accountRoute({
      operationId: 'submitApplication',
      method: 'POST',
      path: '/v1/applications/{applicationId}/submit',
      summary:
        'Submit (SVC-1): every required field and file, the level, the paid duty; issues the confirmation number and notifies',
      tags: APPLICATION_TAGS,
      responses: {
        ...view,
        403: { description: 'The account level is too low' },
        409: {
          description:
            'Not a draft, the duty is not paid, or its payment is used by another application',
        },
      },
      handle: (ctx, auth) =>
        respond(
          ctx,
          applications.submit({
            accountId: auth.accountId,
            accountLevel: auth.level,
            applicationId: id(ctx),
          }),
          one(ctx),
        ),
    }),
    accountRoute({
      operationId: 'withdrawApplication',
      method: 'POST',
      path: '/v1/applications/{applicationId}/withdraw',
      summary: 'Withdraw (SVC-1: until the application is passed to the authority)',
      tags: APPLICATION_TAGS,
      responses: { ...view, ...late },
      handle: (ctx, auth) =>
        respond(
          ctx,
          applications.withdraw({ accountId: auth.accountId, applicationId: id(ctx) }),
          one(ctx),
        ),
    }),
    accountRoute({
      operationId: 'answerApplication',
      method: 'POST',
      path: '/v1/applications/{applicationId}/answer',
      summary:
        'Answer a request for more information once the asked-for files are uploaded: back to review, the clock runs again',
      tags: APPLICATION_TAGS,
      body: answerBody,
      responses: { ...view, ...late },
      handle: (ctx, auth) =>
        respond(
          ctx,
          applications.answer({ ...ctx.body, accountId: auth.accountId, applicationId: id(ctx) }),
          one(ctx),
        ),
    }),
    accountRoute({
      operationId: 'listCertificates',
      method: 'GET',
      path: '/v1/certificates',
      summary: 'Received certificates and decisions (AUD-2), newest first',
      tags: APPLICATION_TAGS,
      query: listQuery,
      responses: { 200: { description: 'A page', schema: pageSchema(certificateViewSchema) } },
      handle: async (ctx, auth) => {
        const { page, reply } = readPage(ctx, listQuery);
        if (reply !== undefined) return reply;
        return respond(
          ctx,
          applications.listCertificates({ accountId: auth.accountId, ...page }),
          (data) => ({ status: 200, body: pageBody(data, certificateView) }),
        );
      },
    }),
    accountRoute({
      operationId: 'getCertificate',
      method: 'GET',
      path: '/v1/certificates/{certificateId}',
      summary: 'A certificate with its content (base64)',
      tags: APPLICATION_TAGS,
      responses: {
        200: {
          description: 'The certificate',
          schema: certificateViewSchema.extend({ contentBase64: z.string() }),
        },
        404: { description: 'No such certificate of this account' },
      },
      handle: (ctx, auth) =>
        respond(
          ctx,
          applications.readCertificate({
            accountId: auth.accountId,
            certificateId: ctx.params.certificateId ?? '',
          }),
          (data) => ({
            status: 200,
            body: {
              ...certificateView(data.certificate),
              contentBase64: Buffer.from(data.bytes).toString('base64'),
            },
          }),
        ),
    }),
    agencyCallbackRoute(tools),
  ];
}
