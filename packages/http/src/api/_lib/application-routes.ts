// Applications — «Мои заявки» (SVC-1) over `kabinet.applications`: the service catalogue,
// drafts, edits, attachments (multipart), submit, withdraw, the answer to a request for more
// information, the account's list, the received certificates (AUD-2), and the authority's
// signed callback.
import {
  fail,
  issue,
  renderIssue,
  type Locale,
  type MessageCatalogue,
  type Result,
} from '@kabinet/core';
import type { ApplicationDetails, CertificateRecord } from '@kabinet/services/applications';
import { z } from 'zod';
import type { Upload } from '../../body/read-upload.js';
import type { Route } from '../../routing/define-route.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import { answer, failureReply } from './answer.js';
import { readForm } from './read-form.js';
import { accountRoute, kabinetRoute, type ApiTools, type KabinetContext } from './tools.js';

const TAGS = ['applications'];
const STATUSES = [
  'draft',
  'submitted',
  'passed',
  'under_review',
  'info_required',
  'approved',
  'rejected',
  'withdrawn',
] as const;
const fieldsSchema = z
  .record(z.string().max(64), z.unknown())
  .describe('form fields by name (see `GET /v1/services`); `null` clears one');
const applicationViewSchema = z.object({
  id: z.string(),
  serviceCode: z.string(),
  status: z.enum(STATUSES),
  statusText: z.string().describe('the status as the portal names it, in the request’s language'),
  number: z.string().optional().describe('the confirmation number, issued on submit'),
  fields: z.record(z.string(), z.unknown()),
  attachments: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      mediaType: z.string(),
      size: z.number().int(),
      name: z.string().optional(),
      uploadedAt: z.number().int(),
    }),
  ),
  history: z.array(
    z.object({
      status: z.enum(STATUSES),
      at: z.number().int(),
      by: z.enum(['account', 'system', 'agency']),
    }),
  ),
  submittedAt: z.number().int().optional(),
  passedAt: z.number().int().optional(),
  infoRequest: z
    .object({
      requestedAt: z.number().int(),
      dueBy: z.number().int(),
      items: z.array(z.string()),
      note: z.string().optional(),
      answeredAt: z.number().int().optional(),
    })
    .optional(),
  decision: z
    .object({
      outcome: z.enum(['approved', 'rejected']),
      at: z.number().int(),
      reasons: z.array(z.string()),
      certificateId: z.string().optional(),
    })
    .optional(),
  expectedCompletion: z
    .string()
    .optional()
    .describe('ISO date; the clock stops while the authority waits for you'),
  actions: z
    .array(z.string())
    .describe('what you may do now: edit, attach, submit, withdraw, answer'),
  missing: z
    .object({ fields: z.array(z.string()), attachments: z.array(z.string()) })
    .describe('what submit still needs'),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
const certificateViewSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  serviceCode: z.string(),
  title: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  issuedAt: z.number().int(),
  number: z.string().optional(),
});
const serviceViewSchema = z.object({
  code: z.string(),
  title: z.string(),
  authority: z.string(),
  minLevel: z.string(),
  dutyCode: z.string().optional().describe('the duty to pay first (`POST /v1/charges`)'),
  processingWorkingDays: z.number().int(),
  fields: z.array(
    z.object({
      name: z.string(),
      title: z.string(),
      required: z.boolean(),
      kind: z
        .enum(['text', 'date', 'phone', 'migration_card', 'address', 'residence_permit'])
        .describe(
          'how to enter it: `address` is an object of parts (postalIndex, region, city, street, house, building, apartment, freeForm), `residence_permit` one of series, number, issueDate, expiryDate; the others a string',
        ),
    }),
  ),
  attachments: z.array(
    z.object({
      kind: z.string(),
      title: z.string(),
      required: z.boolean(),
      maxFiles: z.number().int(),
      allowedTypes: z.array(z.string()),
      maxBytes: z.number().int(),
    }),
  ),
});
const pageQuery = z.object({
  limit: z.string().max(4).optional(),
  cursor: z.string().max(500).optional(),
});
const attachBody = z.object({ kind: z.string().max(64) });
const attachForm = z.object({
  kind: z.string().describe('the attachment kind'),
  file: z.string().describe('binary: one file'),
});
const answerBody = z.object({ note: z.string().max(2000).optional() });

function applicationView(
  details: ApplicationDetails,
  locale: Locale,
  catalogue: MessageCatalogue,
): z.output<typeof applicationViewSchema> {
  const a = details.application;
  return {
    id: a.id,
    serviceCode: a.serviceCode,
    status: a.status,
    statusText: renderIssue(
      { code: `application.status.${a.status}`, path: [] },
      locale,
      catalogue,
    ),
    ...(a.number === undefined ? {} : { number: a.number }),
    fields: a.fields,
    attachments: a.attachments.map((f) => ({
      id: f.id,
      kind: f.kind,
      mediaType: f.mediaType,
      size: f.size,
      ...(f.name === undefined ? {} : { name: f.name }),
      uploadedAt: f.uploadedAt,
    })),
    history: a.history.map((h) => ({ ...h })),
    ...(a.submittedAt === undefined ? {} : { submittedAt: a.submittedAt }),
    ...(a.passedAt === undefined ? {} : { passedAt: a.passedAt }),
    ...(a.infoRequest === undefined
      ? {}
      : {
          infoRequest: {
            requestedAt: a.infoRequest.requestedAt,
            dueBy: a.infoRequest.dueBy,
            items: [...a.infoRequest.items],
            ...(a.infoRequest.note === undefined ? {} : { note: a.infoRequest.note }),
            ...(a.infoRequest.answeredAt === undefined
              ? {}
              : { answeredAt: a.infoRequest.answeredAt }),
          },
        }),
    ...(a.decision === undefined
      ? {}
      : {
          decision: {
            outcome: a.decision.outcome,
            at: a.decision.at,
            reasons: [...a.decision.reasons],
            ...(a.decision.certificateId === undefined
              ? {}
              : { certificateId: a.decision.certificateId }),
          },
        }),
    ...(details.expectedCompletion === undefined
      ? {}
      : { expectedCompletion: details.expectedCompletion }),
    actions: [...details.actions],
    missing: { fields: [...details.missing.fields], attachments: [...details.missing.attachments] },
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

const certificateView = (c: CertificateRecord) => ({
  id: c.id,
  applicationId: c.applicationId,
  serviceCode: c.serviceCode,
  title: c.title,
  mediaType: c.mediaType,
  size: c.size,
  issuedAt: c.issuedAt,
  ...(c.number === undefined ? {} : { number: c.number }),
});

function pageOf(ctx: KabinetContext): { limit?: number; cursor?: string } | undefined {
  const q = pageQuery.safeParse(Object.fromEntries(ctx.query));
  if (!q.success || (q.data.limit !== undefined && !/^\d{1,4}$/.test(q.data.limit)))
    return undefined;
  return {
    ...(q.data.limit === undefined ? {} : { limit: Math.max(1, Number(q.data.limit)) }),
    ...(q.data.cursor === undefined ? {} : { cursor: q.data.cursor }),
  };
}

/** The applications routes of the account holder, and the authority's public callback. */
export function applicationRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet, catalogue } = tools;
  const applications = kabinet.applications;
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
    kabinetRoute({
      operationId: 'listServices',
      method: 'GET',
      path: '/v1/services',
      summary:
        'The catalogue of services one can apply for: form fields, attachments and their file rules, the level, the duty, the processing time',
      tags: TAGS,
      access: 'public',
      responses: {
        200: {
          description: 'The catalogue',
          schema: z.object({ items: z.array(serviceViewSchema) }),
        },
      },
      handle: async (ctx) => ({
        status: 200,
        body: {
          items: applications.listServices().map((s) => ({
            code: s.code,
            title: s.title[ctx.locale],
            authority: s.authority[ctx.locale],
            minLevel: s.minLevel,
            ...(s.dutyCode === undefined ? {} : { dutyCode: s.dutyCode }),
            processingWorkingDays: s.processingWorkingDays,
            fields: s.fields.map((f) => ({
              name: f.name,
              title: f.title[ctx.locale],
              required: f.required,
              kind: f.kind ?? 'text',
            })),
            attachments: s.attachments.map((a) => ({
              kind: a.kind,
              title: a.title[ctx.locale],
              required: a.required,
              maxFiles: a.maxFiles,
              allowedTypes: [...a.policy.allowedTypes],
              maxBytes: a.policy.maxBytes,
            })),
          })),
        },
      }),
    }),
    accountRoute({
      operationId: 'createApplication',
      method: 'POST',
      path: '/v1/applications',
      summary:
        'Start an application (a draft) for a service of the catalogue, optionally with its first fields',
      tags: TAGS,
      body: z.object({ serviceCode: z.string().max(64), fields: fieldsSchema.optional() }),
      responses: {
        201: { description: 'The draft', schema: applicationViewSchema },
        403: { description: 'The account level is too low for the service' },
        404: { description: 'No such service' },
      },
      handle: async (ctx, auth) =>
        answer(
          ctx,
          catalogue,
          await applications.createDraft({
            accountId: auth.accountId,
            accountLevel: auth.level,
            serviceCode: ctx.body.serviceCode,
            ...(ctx.body.fields === undefined ? {} : { fields: ctx.body.fields }),
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
      tags: TAGS,
      query: pageQuery,
      responses: {
        200: {
          description: 'A page',
          schema: z.object({
            items: z.array(applicationViewSchema),
            nextCursor: z.string().optional(),
          }),
        },
      },
      handle: async (ctx, auth) => {
        const page = pageOf(ctx);
        if (page === undefined) return failureReply(ctx, [issue('input.wrong_format', ['query'])]);
        return answer(
          ctx,
          catalogue,
          await applications.list({ accountId: auth.accountId, ...page }),
          (data) => ({
            status: 200,
            body: {
              items: data.items.map((d) => applicationView(d, ctx.locale, catalogue)),
              ...(data.nextCursor === undefined ? {} : { nextCursor: data.nextCursor }),
            },
          }),
        );
      },
    }),
    accountRoute({
      operationId: 'getApplication',
      method: 'GET',
      path: '/v1/applications/{applicationId}',
      summary: 'One application',
      tags: TAGS,
      responses: view,
      handle: async (ctx, auth) =>
        answer(
          ctx,
          catalogue,
          await applications.get({ accountId: auth.accountId, applicationId: id(ctx) }),
          one(ctx),
        ),
    }),
    accountRoute({
      operationId: 'editApplication',
      method: 'PUT',
      path: '/v1/applications/{applicationId}',
      summary: 'Change fields (SVC-1: until the application is passed to the authority)',
      tags: TAGS,
      body: z.object({ fields: fieldsSchema }),
      responses: { ...view, ...late },
      handle: async (ctx, auth) =>
        answer(
          ctx,
          catalogue,
          await applications.edit({
            accountId: auth.accountId,
            applicationId: id(ctx),
            fields: ctx.body.fields,
          }),
          one(ctx),
        ),
    }),
    accountRoute({
      operationId: 'attachToApplication',
      method: 'POST',
      path: '/v1/applications/{applicationId}/attachments',
      summary:
        'Upload a file of a kind the service asks for (multipart: `kind` and one `file`), judged by its bytes and scanned (S-13)',
      tags: TAGS,
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
        const result = await applications.attach({
          accountId: auth.accountId,
          applicationId: id(ctx),
          kind: form.data.kind,
          file:
            file.name === undefined
              ? { bytes: file.bytes }
              : { bytes: file.bytes, name: file.name },
        });
        return answer(ctx, catalogue, result, one(ctx, 201));
      },
    }),
    accountRoute({
      operationId: 'submitApplication',
      method: 'POST',
      path: '/v1/applications/{applicationId}/submit',
      summary:
        'Submit (SVC-1): every required field and file, the level, the paid duty; issues the confirmation number and notifies',
      tags: TAGS,
      responses: {
        ...view,
        403: { description: 'The account level is too low' },
        409: {
          description:
            'Not a draft, the duty is not paid, or its payment is used by another application',
        },
      },
      handle: async (ctx, auth) =>
        answer(
          ctx,
          catalogue,
          await applications.submit({
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
      tags: TAGS,
      responses: { ...view, ...late },
      handle: async (ctx, auth) =>
        answer(
          ctx,
          catalogue,
          await applications.withdraw({ accountId: auth.accountId, applicationId: id(ctx) }),
          one(ctx),
        ),
    }),
    accountRoute({
      operationId: 'answerApplication',
      method: 'POST',
      path: '/v1/applications/{applicationId}/answer',
      summary:
        'Answer a request for more information once the asked-for files are uploaded: back to review, the clock runs again',
      tags: TAGS,
      body: answerBody,
      responses: { ...view, ...late },
      handle: async (ctx, auth) =>
        answer(
          ctx,
          catalogue,
          await applications.answer({
            accountId: auth.accountId,
            applicationId: id(ctx),
            ...(ctx.body.note === undefined ? {} : { note: ctx.body.note }),
          }),
          one(ctx),
        ),
    }),
    accountRoute({
      operationId: 'listCertificates',
      method: 'GET',
      path: '/v1/certificates',
      summary: 'Received certificates and decisions (AUD-2), newest first',
      tags: TAGS,
      query: pageQuery,
      responses: {
        200: {
          description: 'A page',
          schema: z.object({
            items: z.array(certificateViewSchema),
            nextCursor: z.string().optional(),
          }),
        },
      },
      handle: async (ctx, auth) => {
        const page = pageOf(ctx);
        if (page === undefined) return failureReply(ctx, [issue('input.wrong_format', ['query'])]);
        return answer(
          ctx,
          catalogue,
          await applications.listCertificates({ accountId: auth.accountId, ...page }),
          (data) => ({
            status: 200,
            body: {
              items: data.items.map(certificateView),
              ...(data.nextCursor === undefined ? {} : { nextCursor: data.nextCursor }),
            },
          }),
        );
      },
    }),
    accountRoute({
      operationId: 'getCertificate',
      method: 'GET',
      path: '/v1/certificates/{certificateId}',
      summary: 'A certificate with its content (base64)',
      tags: TAGS,
      responses: {
        200: {
          description: 'The certificate',
          schema: certificateViewSchema.extend({ contentBase64: z.string() }),
        },
        404: { description: 'No such certificate of this account' },
      },
      handle: async (ctx, auth) =>
        answer(
          ctx,
          catalogue,
          await applications.readCertificate({
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
    kabinetRoute({
      operationId: 'agencyCallback',
      method: 'POST',
      path: '/v1/agency/callbacks',
      summary:
        'The authority’s status reports: authenticated by the gateway (HMAC over the exact bytes), deduplicated and order-independent (S-16)',
      tags: TAGS,
      access: 'public',
      bodyKind: 'binary',
      bodyMedia: {
        'application/json': z
          .record(z.string(), z.unknown())
          .describe('the authority’s report, signed over its exact bytes'),
      },
      maxBodyBytes: 64 * 1024,
      responses: {
        200: {
          description: 'Handled',
          schema: z.object({
            outcome: z.enum(['applied', 'unchanged', 'duplicate', 'stale', 'not_allowed']),
          }),
        },
        400: { description: 'Unreadable report' },
        401: { description: 'Wrong signature' },
        404: { description: 'Unknown case' },
      },
      handle: async (ctx) => {
        const text = decodeUtf8((ctx.body as Upload).bytes);
        if (text === undefined)
          return ctx.problem(400, 'application.callback.malformed', [
            issue('application.callback.malformed', []),
          ]);
        const headers: Record<string, string> = {};
        ctx.request.headers.forEach((value, name) => (headers[name] = value));
        return callbackReply(ctx, await applications.handleAgencyCallback({ body: text, headers }));
      },
    }),
  ];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function callbackReply(ctx: KabinetContext, r: Result<{ outcome: string }>) {
  if (r.success) return { status: 200, body: { outcome: r.data.outcome } };
  return failureReply(
    ctx,
    r.issues.length > 0 ? r.issues : fail(issue('application.callback.malformed', [])).issues,
  );
}
