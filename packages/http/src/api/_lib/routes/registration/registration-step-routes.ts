// The steps on a registration draft (ACC-1, ACC-3, DOC-1…DOC-10, CONTACT-1…CONTACT-3, OTP-1,
// OTP-3, OTP-4): user type, personal data, documents with scans, contacts and their codes,
// password and terms — one route each, over `kabinet.registration`.
import { registrationInputSchemas } from 'kabinet';
import { z } from 'zod';
import type { Upload } from '../../../../body/read-upload.js';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { dataReply } from '../../reply/data-reply.js';
import { readForm } from '../../request/read-form.js';
import {
  DRAFT_ACCESS,
  draftAccessOf,
  draftNotFound,
  DRAFT_PATH,
  draftReply,
  draftStep,
} from './registration-draft.js';
import { responder } from '../../reply/respond.js';
import { codeSentSchema, draftReplySchema } from '../../schemas.js';
import { kabinetRoute, metaOf, type ApiTools } from '../../tools.js';

const documentBody = registrationInputSchemas.addDocument.omit({ ...DRAFT_ACCESS, files: true });
const documentForm = z.object({
  document: z.string().describe('The document fields as a JSON string (see the JSON variant)'),
  file: z
    .array(z.string().describe('binary'))
    .describe('Scans: PDF, JPEG or PNG, judged by their bytes (FILE-1…FILE-4)'),
});

/** The routes of the steps on a draft. */
export function registrationStepRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const registration = tools.kabinet.registration;
  const respond = responder(tools.catalogue);
  return [
    kabinetRoute({
      operationId: 'setRegistrationUserType',
      method: 'PUT',
      path: `${DRAFT_PATH}/user-type`,
      summary: 'Change the user type (ACC-1)',
      ...draftStep,
      body: registrationInputSchemas.userType.omit(DRAFT_ACCESS),
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...draftNotFound },
      handle: async (ctx) =>
        respond(
          ctx,
          registration.setUserType({ ...draftAccessOf(ctx), userType: ctx.body.userType }),
          draftReply(),
        ),
    }),
    kabinetRoute({
      operationId: 'saveRegistrationPersonalData',
      method: 'PUT',
      path: `${DRAFT_PATH}/personal-data`,
      summary: 'Personal data as in the passport (DOC-8, DOC-9, DOC-10); stored encrypted (ACC-10)',
      ...draftStep,
      body: registrationInputSchemas.personalData.omit(DRAFT_ACCESS),
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...draftNotFound },
      handle: async (ctx) =>
        respond(
          ctx,
          registration.savePersonalData({ ...draftAccessOf(ctx), personal: ctx.body.personal }),
          draftReply(),
        ),
    }),
    kabinetRoute({
      operationId: 'addRegistrationDocument',
      method: 'POST',
      path: `${DRAFT_PATH}/documents`,
      summary:
        'Add an identity document (DOC-1…DOC-7), as JSON or as a multipart form with scans judged by their bytes (FILE-1…FILE-4, S-13)',
      ...draftStep,
      bodyKind: 'binary',
      bodyMedia: { 'application/json': documentBody, 'multipart/form-data': documentForm },
      maxBodyBytes: tools.uploadMaxBytes,
      responses: {
        201: { description: 'The draft', schema: draftReplySchema },
        413: { description: 'The upload is larger than allowed (refused while arriving)' },
        ...draftNotFound,
      },
      handle: async (ctx) => {
        const form = await readForm(ctx, ctx.body as Upload, documentBody, ['document']);
        if (!form.success) return form.reply;
        const files = form.files;
        return respond(
          ctx,
          registration.addDocument({
            ...draftAccessOf(ctx),
            document: form.data.document,
            ...(files.length > 0 ? { files } : {}),
          }),
          draftReply(201),
        );
      },
    }),
    kabinetRoute({
      operationId: 'removeRegistrationDocument',
      method: 'DELETE',
      path: `${DRAFT_PATH}/documents/{documentId}`,
      summary: 'Remove a document from the draft',
      ...draftStep,
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...draftNotFound },
      handle: async (ctx) =>
        respond(
          ctx,
          registration.removeDocument({
            ...draftAccessOf(ctx),
            documentId: ctx.params.documentId ?? '',
          }),
          draftReply(),
        ),
    }),
    kabinetRoute({
      operationId: 'setRegistrationContacts',
      method: 'PUT',
      path: `${DRAFT_PATH}/contacts`,
      summary:
        'Phone (international, with +) and e-mail, both mandatory (CONTACT-1…CONTACT-3); never says whether one is taken (S-8)',
      ...draftStep,
      body: registrationInputSchemas.setContacts.omit(DRAFT_ACCESS),
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...draftNotFound },
      handle: async (ctx) =>
        respond(
          ctx,
          registration.setContacts({
            ...draftAccessOf(ctx),
            phone: ctx.body.phone,
            email: ctx.body.email,
          }),
          draftReply(),
        ),
    }),
    kabinetRoute({
      operationId: 'requestRegistrationCode',
      method: 'POST',
      path: `${DRAFT_PATH}/codes`,
      summary:
        'Send the one-time code for one contact (OTP-1); limited per contact and IP (S-5): 429 with Retry-After',
      ...draftStep,
      body: registrationInputSchemas.requestCode.omit(DRAFT_ACCESS),
      responses: {
        202: { description: 'Code sent', schema: codeSentSchema },
        429: {
          description:
            'Send limit (`auth.send_cooldown`, `auth.send_capped`, `auth.send_ip_capped`: drafts have their own budget, S-5), with Retry-After',
        },
        ...draftNotFound,
      },
      handle: async (ctx) =>
        respond(
          ctx,
          registration.requestCode(
            { ...draftAccessOf(ctx), channel: ctx.body.channel },
            metaOf(ctx),
          ),
          dataReply(202),
        ),
    }),
    kabinetRoute({
      operationId: 'confirmRegistrationCode',
      method: 'POST',
      path: `${DRAFT_PATH}/codes/confirm`,
      summary:
        'Confirm a contact with its code (CONTACT-3); a wrong code blocks the next try for five minutes (OTP-3): 429 with Retry-After',
      ...draftStep,
      body: registrationInputSchemas.confirmCode.omit(DRAFT_ACCESS),
      responses: {
        200: { description: 'The draft', schema: draftReplySchema },
        429: { description: 'Code blocked (`auth.code_blocked`), with Retry-After' },
        ...draftNotFound,
      },
      handle: async (ctx) =>
        respond(
          ctx,
          registration.confirmCode(
            { ...draftAccessOf(ctx), channel: ctx.body.channel, code: ctx.body.code },
            metaOf(ctx),
          ),
          draftReply(),
        ),
    }),
    kabinetRoute({
      operationId: 'setRegistrationPassword',
      method: 'PUT',
      path: `${DRAFT_PATH}/password`,
      summary: 'The password (OTP-4, S-1); the strength hint comes back as warnings',
      ...draftStep,
      body: registrationInputSchemas.setPassword.omit(DRAFT_ACCESS),
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...draftNotFound },
      handle: async (ctx) =>
        respond(
          ctx,
          registration.setPassword({ ...draftAccessOf(ctx), password: ctx.body.password }),
          draftReply(),
        ),
    }),
    kabinetRoute({
      operationId: 'acceptRegistrationTerms',
      method: 'PUT',
      path: `${DRAFT_PATH}/terms`,
      summary: 'Accept the terms (their current version)',
      ...draftStep,
      body: registrationInputSchemas.acceptTerms.omit(DRAFT_ACCESS),
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...draftNotFound },
      handle: async (ctx) =>
        respond(
          ctx,
          registration.acceptTerms({ ...draftAccessOf(ctx), termsVersion: ctx.body.termsVersion }),
          draftReply(),
        ),
    }),
  ];
}
