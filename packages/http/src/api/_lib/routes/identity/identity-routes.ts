// Identity: documents, address, the registry check for the standard level, the confirmation
// methods for the confirmed level (ACC-2, ACC-5…ACC-7), clarification answers within 48 hours,
// and the activation link after an in-person visit — over `kabinet.identity`.
import { identityInputSchemas } from 'kabinet';
import { z } from 'zod';
import type { Upload } from '../../../../body/read-upload.js';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { dataWithWarnings } from '../../reply/data-reply.js';
import { readForm } from '../../request/read-form.js';
import { responder } from '../../reply/respond.js';
import { checkViewSchema, identityViewSchema } from './identity-views.js';
import { accountRoute, kabinetRoute, metaOf, type ApiTools } from '../../tools.js';

const TAGS = ['identity'];
const documentBody = identityInputSchemas.addDocument.omit({ files: true });
const documentForm = z.object({
  document: z.string().describe('the document fields as JSON text'),
  file: z.array(z.string().describe('binary')),
});
const confirmationBody = identityInputSchemas.startConfirmation.extend({
  evidence: z
    .record(z.string(), z.union([z.string().max(200), z.number(), z.boolean()]))
    .optional()
    .describe(
      'bank: { bankId, attestationId, cardLast4? }; e_signature: { certificateSerial, issuer }; video: { appointmentAt }; sms_code, registered_mail: {}',
    ),
});
const confirmationForm = z.object({
  method: identityInputSchemas.startConfirmation.shape.method,
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
  const identity = tools.kabinet.identity;
  const respond = responder(tools.catalogue);
  const binary = { bodyKind: 'binary' as const, maxBodyBytes: tools.uploadMaxBytes };
  return [
    accountRoute({
      operationId: 'getIdentity',
      method: 'GET',
      path: '/v1/identity',
      summary:
        'Level, documents, checks, the open clarification request and what is missing (ACC-2)',
      tags: TAGS,
      responses: { 200: { description: 'Identity', schema: identityViewSchema }, ...restricted },
      handle: async (ctx, auth) => respond(ctx, identity.status(auth), dataWithWarnings()),
    }),
    accountRoute({
      operationId: 'addIdentityDocument',
      method: 'POST',
      path: '/v1/identity/documents',
      summary:
        'Add or replace a document, as JSON or a multipart form with scans (S-13); a renewed residence permit re-opens the check (ACC-6)',
      tags: TAGS,
      ...binary,
      bodyMedia: { 'application/json': documentBody, 'multipart/form-data': documentForm },
      responses: {
        201: { description: 'Identity', schema: identityViewSchema },
        413: { description: 'The upload is too large' },
        ...restricted,
      },
      handle: async (ctx, auth) => {
        const form = await readForm(ctx, ctx.body as Upload, documentBody, ['document']);
        if (!form.success) return form.reply;
        const files = form.files.length > 0 ? { files: form.files } : {};
        return respond(
          ctx,
          identity.addDocument(auth, { document: form.data.document, ...files }),
          dataWithWarnings(201),
        );
      },
    }),
    accountRoute({
      operationId: 'updateAddress',
      method: 'PUT',
      path: '/v1/identity/address',
      summary:
        'Change the address in Russia (DOC-10); for a permit holder it re-opens the check (ACC-6)',
      tags: TAGS,
      body: identityInputSchemas.updateAddress,
      responses: { 200: { description: 'Identity', schema: identityViewSchema }, ...restricted },
      handle: async (ctx, auth) =>
        respond(ctx, identity.updateAddress(auth, ctx.body), dataWithWarnings()),
    }),
    accountRoute({
      operationId: 'checkDocuments',
      method: 'POST',
      path: '/v1/identity/checks/documents',
      summary:
        'Send the documents to the registry check for the standard level (ACC-2); the registry has a daily limit (OTP-7)',
      tags: TAGS,
      responses: {
        202: { description: 'The check', schema: checkViewSchema },
        409: { description: 'A check is already open' },
        ...restricted,
      },
      handle: async (ctx, auth) =>
        respond(ctx, identity.checkDocuments(auth), dataWithWarnings(202)),
    }),
    accountRoute({
      operationId: 'startConfirmation',
      method: 'POST',
      path: '/v1/identity/confirmations',
      summary:
        'Start confirming identity by a method (ACC-7): document upload (multipart with scans), bank, SMS code, video, e-signature, registered mail',
      tags: TAGS,
      ...binary,
      bodyMedia: { 'application/json': confirmationBody, 'multipart/form-data': confirmationForm },
      responses: {
        202: { description: 'The check', schema: checkViewSchema },
        409: { description: 'A check is already open' },
        ...restricted,
      },
      handle: async (ctx, auth) => {
        const form = await readForm(ctx, ctx.body as Upload, confirmationBody, ['evidence']);
        if (!form.success) return form.reply;
        const evidence = {
          ...(form.data.evidence ?? {}),
          ...(form.files.length > 0 ? { files: form.files } : {}),
        };
        return respond(
          ctx,
          identity.startConfirmation(auth, { method: form.data.method, evidence }, metaOf(ctx)),
          dataWithWarnings(202),
        );
      },
    }),
    accountRoute({
      operationId: 'enterConfirmationCode',
      method: 'POST',
      path: '/v1/identity/checks/{checkId}/code',
      summary: 'Enter the SMS code, or the code from the registered letter (ACC-7)',
      tags: TAGS,
      body: identityInputSchemas.enterCode.omit({ checkId: true }),
      responses: {
        200: { description: 'The check', schema: checkViewSchema },
        429: { description: 'Code blocked, with Retry-After' },
        ...restricted,
      },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          identity.enterCode(
            auth,
            { checkId: ctx.params.checkId ?? '', code: ctx.body.code },
            metaOf(ctx),
          ),
          dataWithWarnings(),
        ),
    }),
    accountRoute({
      operationId: 'answerClarification',
      method: 'POST',
      path: '/v1/identity/checks/{checkId}/clarification',
      summary:
        'Answer a clarification request with corrected data and files within 48 hours (ACC-5); the registry check runs again',
      tags: TAGS,
      ...binary,
      bodyMedia: {
        'application/json': clarificationBody,
        'multipart/form-data': clarificationForm,
      },
      responses: { 200: { description: 'The check', schema: checkViewSchema } },
      handle: async (ctx, auth) => {
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
        return respond(ctx, identity.answerClarification(auth, input), dataWithWarnings());
      },
    }),
    accountRoute({
      operationId: 'cancelCheck',
      method: 'POST',
      path: '/v1/identity/checks/{checkId}/cancel',
      summary: 'Cancel an unfinished check',
      tags: TAGS,
      responses: { 200: { description: 'The check', schema: checkViewSchema } },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          identity.cancel(auth, { checkId: ctx.params.checkId ?? '' }),
          dataWithWarnings(),
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
      handle: async (ctx) => respond(ctx, identity.activate(ctx.body), dataWithWarnings()),
    }),
  ];
}
