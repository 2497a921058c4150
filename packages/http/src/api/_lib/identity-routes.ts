// Identity: documents, address, the registry check for the standard level, the confirmation
// methods for the confirmed level (ACC-2, ACC-5…ACC-7), clarification answers within 48 hours,
// and the activation link after an in-person visit — over `kabinet.identity`.
import { identityInputSchemas } from 'kabinet';
import { z } from 'zod';
import type { Upload } from '../../body/read-upload.js';
import type { Route } from '../../routing/define-route.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import { answer } from './answer.js';
import { readForm } from './read-form.js';
import { CONFIRMATION_METHODS, DOCUMENT_KINDS, LEVELS, LIFECYCLES, USER_TYPES } from './schemas.js';
import { kabinetRoute, metaOf, sessionOf, type ApiTools, type KabinetContext } from './tools.js';

const TAGS = ['identity'];
const STATES = [
  'started',
  'awaiting_code',
  'appointment_booked',
  'in_transit',
  'activation_sent',
  'checking',
  'clarification_requested',
  'overdue',
  'confirmed',
  'cancelled',
] as const;
const defectSchema = z.object({
  field: z.string(),
  reason: z.string(),
  document: z.enum(DOCUMENT_KINDS).optional(),
});
export const checkViewSchema = z.object({
  checkId: z.string(),
  kind: z.enum(['documents', ...CONFIRMATION_METHODS]),
  state: z.enum(STATES),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  defects: z
    .array(defectSchema)
    .describe('the concrete defects of a clarification request (ACC-5)'),
  deadline: z.number().int().optional().describe('when the clarification must be answered (48 h)'),
  retryAt: z
    .number()
    .int()
    .optional()
    .describe('when a delayed registry look-up is retried (OTP-7)'),
  summary: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  trackingNumber: z.string().optional(),
  appointmentAt: z.number().int().optional(),
  registryLookups: z.number().int(),
});
export const identityViewSchema = z.object({
  userType: z.enum(USER_TYPES),
  level: z.enum(LEVELS),
  lifecycle: z.enum(LIFECYCLES),
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(DOCUMENT_KINDS),
      masked: z.string(),
      expiresOn: z.string().optional(),
      files: z.number().int(),
    }),
  ),
  missingDocuments: z
    .array(z.array(z.enum(DOCUMENT_KINDS)))
    .describe('groups still needed for the standard level ("one of" each)'),
  checks: z.array(checkViewSchema),
  clarification: z
    .object({
      checkId: z.string(),
      defects: z.array(defectSchema),
      deadline: z.number().int(),
      overdue: z.boolean(),
    })
    .optional(),
  methods: z.array(z.enum(CONFIRMATION_METHODS)),
});

const documentBody = identityInputSchemas.addDocument.omit({ files: true });
const documentForm = z.object({
  document: z.string().describe('the document fields as JSON text'),
  file: z.array(z.string().describe('binary')),
});
const confirmationBody = z.object({
  method: z.enum(CONFIRMATION_METHODS),
  evidence: z
    .record(z.string(), z.union([z.string().max(200), z.number(), z.boolean()]))
    .optional()
    .describe(
      'bank: { bankId, attestationId, cardLast4? }; e_signature: { certificateSerial, issuer }; video: { appointmentAt }; sms_code, registered_mail: {}',
    ),
});
const confirmationForm = z.object({
  method: z.enum(CONFIRMATION_METHODS),
  evidence: z.string().optional().describe('JSON text'),
  file: z.array(z.string().describe('binary')).describe('document_upload: the scans'),
});
const clarificationBody = identityInputSchemas.answerClarification.omit({
  checkId: true,
  files: true,
});
const clarificationForm = z.object({
  personal: z.string().optional().describe('JSON text'),
  documents: z.string().optional().describe('JSON text (an array)'),
  file: z.array(z.string().describe('binary')),
});
const restricted = {
  403: { description: 'The account is restricted (`account.restricted`) or not usable' },
};

/** The identity routes. */
export function identityRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet, catalogue } = tools;
  const identity = kabinet.identity;
  const ok =
    (status = 200) =>
    (data: unknown, warnings: unknown) => ({
      status,
      body: warnings === undefined ? data : { ...(data as object), warnings },
    });
  const binary = { bodyKind: 'binary' as const, maxBodyBytes: tools.uploadMaxBytes };
  const withSession = async (
    ctx: KabinetContext,
    run: (
      auth: NonNullable<ReturnType<typeof sessionOf>['auth']>,
    ) => Promise<ReturnType<typeof answer>>,
  ) => {
    const s = sessionOf(ctx);
    return s.reply ?? run(s.auth);
  };
  return [
    kabinetRoute({
      operationId: 'getIdentity',
      method: 'GET',
      path: '/v1/identity',
      summary:
        'Level, documents, checks, the open clarification request and what is missing (ACC-2)',
      tags: TAGS,
      access: 'session',
      responses: { 200: { description: 'Identity', schema: identityViewSchema }, ...restricted },
      handle: (ctx) =>
        withSession(ctx, async (auth) => answer(ctx, catalogue, await identity.status(auth), ok())),
    }),
    kabinetRoute({
      operationId: 'addIdentityDocument',
      method: 'POST',
      path: '/v1/identity/documents',
      summary:
        'Add or replace a document, as JSON or a multipart form with scans (S-13); a renewed residence permit re-opens the check (ACC-6)',
      tags: TAGS,
      access: 'session',
      ...binary,
      bodyMedia: { 'application/json': documentBody, 'multipart/form-data': documentForm },
      responses: {
        201: { description: 'Identity', schema: identityViewSchema },
        413: { description: 'The upload is too large' },
        ...restricted,
      },
      handle: (ctx) =>
        withSession(ctx, async (auth) => {
          const form = await readForm(ctx, ctx.body as Upload, documentBody, ['document']);
          if (!form.success) return form.reply;
          return answer(
            ctx,
            catalogue,
            await identity.addDocument(auth, {
              document: form.data.document,
              ...(form.files.length > 0 ? { files: form.files } : {}),
            }),
            ok(201),
          );
        }),
    }),
    kabinetRoute({
      operationId: 'updateAddress',
      method: 'PUT',
      path: '/v1/identity/address',
      summary:
        'Change the address in Russia (DOC-10); for a permit holder it re-opens the check (ACC-6)',
      tags: TAGS,
      access: 'session',
      body: identityInputSchemas.updateAddress,
      responses: { 200: { description: 'Identity', schema: identityViewSchema }, ...restricted },
      handle: (ctx) =>
        withSession(ctx, async (auth) =>
          answer(ctx, catalogue, await identity.updateAddress(auth, ctx.body), ok()),
        ),
    }),
    kabinetRoute({
      operationId: 'checkDocuments',
      method: 'POST',
      path: '/v1/identity/checks/documents',
      summary:
        'Send the documents to the registry check for the standard level (ACC-2); the registry has a daily limit (OTP-7)',
      tags: TAGS,
      access: 'session',
      responses: {
        202: { description: 'The check', schema: checkViewSchema },
        409: { description: 'A check is already open' },
        ...restricted,
      },
      handle: (ctx) =>
        withSession(ctx, async (auth) =>
          answer(ctx, catalogue, await identity.checkDocuments(auth), ok(202)),
        ),
    }),
    kabinetRoute({
      operationId: 'startConfirmation',
      method: 'POST',
      path: '/v1/identity/confirmations',
      summary:
        'Start confirming identity by a method (ACC-7): document upload (multipart with scans), bank, SMS code, video, e-signature, registered mail',
      tags: TAGS,
      access: 'session',
      ...binary,
      bodyMedia: { 'application/json': confirmationBody, 'multipart/form-data': confirmationForm },
      responses: {
        202: { description: 'The check', schema: checkViewSchema },
        409: { description: 'A check is already open' },
        ...restricted,
      },
      handle: (ctx) =>
        withSession(ctx, async (auth) => {
          const form = await readForm(ctx, ctx.body as Upload, confirmationBody, ['evidence']);
          if (!form.success) return form.reply;
          const evidence = {
            ...(form.data.evidence ?? {}),
            ...(form.files.length > 0 ? { files: form.files } : {}),
          };
          return answer(
            ctx,
            catalogue,
            await identity.startConfirmation(
              auth,
              { method: form.data.method, evidence },
              metaOf(ctx),
            ),
            ok(202),
          );
        }),
    }),
    kabinetRoute({
      operationId: 'enterConfirmationCode',
      method: 'POST',
      path: '/v1/identity/checks/{checkId}/code',
      summary: 'Enter the SMS code, or the code from the registered letter (ACC-7)',
      tags: TAGS,
      access: 'session',
      body: identityInputSchemas.enterCode.omit({ checkId: true }),
      responses: {
        200: { description: 'The check', schema: checkViewSchema },
        429: { description: 'Code blocked, with Retry-After' },
        ...restricted,
      },
      handle: (ctx) =>
        withSession(ctx, async (auth) =>
          answer(
            ctx,
            catalogue,
            await identity.enterCode(
              auth,
              { checkId: ctx.params.checkId ?? '', code: ctx.body.code },
              metaOf(ctx),
            ),
            ok(),
          ),
        ),
    }),
    kabinetRoute({
      operationId: 'answerClarification',
      method: 'POST',
      path: '/v1/identity/checks/{checkId}/clarification',
      summary:
        'Answer a clarification request with corrected data and files within 48 hours (ACC-5); the registry check runs again',
      tags: TAGS,
      access: 'session',
      ...binary,
      bodyMedia: {
        'application/json': clarificationBody,
        'multipart/form-data': clarificationForm,
      },
      responses: { 200: { description: 'The check', schema: checkViewSchema } },
      handle: (ctx) =>
        withSession(ctx, async (auth) => {
          const form = await readForm(ctx, ctx.body as Upload, clarificationBody, [
            'personal',
            'documents',
          ]);
          if (!form.success) return form.reply;
          const input = {
            checkId: ctx.params.checkId ?? '',
            ...(form.data.personal === undefined ? {} : { personal: form.data.personal }),
            ...(form.data.documents === undefined ? {} : { documents: form.data.documents }),
            ...(form.files.length > 0 ? { files: form.files } : {}),
          };
          return answer(ctx, catalogue, await identity.answerClarification(auth, input), ok());
        }),
    }),
    kabinetRoute({
      operationId: 'cancelCheck',
      method: 'POST',
      path: '/v1/identity/checks/{checkId}/cancel',
      summary: 'Cancel an unfinished check',
      tags: TAGS,
      access: 'session',
      responses: { 200: { description: 'The check', schema: checkViewSchema } },
      handle: (ctx) =>
        withSession(ctx, async (auth) =>
          answer(
            ctx,
            catalogue,
            await identity.cancel(auth, { checkId: ctx.params.checkId ?? '' }),
            ok(),
          ),
        ),
    }),
    kabinetRoute({
      operationId: 'activateInPerson',
      method: 'POST',
      path: '/v1/identity/activate',
      summary:
        'Use the activation link sent by SMS after an in-person visit at a service centre (ACC-7); no session needed',
      tags: TAGS,
      access: 'public',
      body: identityInputSchemas.activate,
      responses: { 200: { description: 'The check', schema: checkViewSchema } },
      handle: async (ctx) => answer(ctx, catalogue, await identity.activate(ctx.body), ok()),
    }),
  ];
}
