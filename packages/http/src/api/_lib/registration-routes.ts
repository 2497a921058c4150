// Registration with drafts (ACC-3, ACC-4, CONTACT-3, CONTACT-6): every step is one route; the
// draft is addressed by its id in the path and the secret resume token in `X-Resume-Token`.
import { registrationInputSchemas } from 'kabinet';
import { z } from 'zod';
import type { Upload } from '../../body/read-upload.js';
import type { Route } from '../../routing/define-route.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import { answer } from './answer.js';
import { readForm } from './read-form.js';
import {
  codeSentSchema,
  draftAccessSchema,
  draftReplySchema,
  warningsSchema,
  LEVELS,
  LIFECYCLES,
} from './schemas.js';
import { kabinetRoute, metaOf, type ApiTools, type KabinetContext } from './tools.js';

const TAGS = ['registration'];
const DRAFT = '/v1/registration/drafts/{draftId}';
const resumeHeader = [
  {
    name: 'X-Resume-Token',
    description: 'The draft’s resume token (from start or resume)',
    required: true,
  },
] as const;
const notFound = {
  404: { description: 'No such draft, or a wrong resume token (`registration.draft_not_found`)' },
};

/** The draft's step inputs without the draft: the route takes it from the path and the header. */
const ACCESS = { draftId: true, resumeToken: true } as const;
const documentBody = registrationInputSchemas.addDocument.omit({ ...ACCESS, files: true });
const documentForm = z.object({
  document: z.string().describe('The document fields as a JSON string (see the JSON variant)'),
  file: z
    .array(z.string().describe('binary'))
    .describe('Scans: PDF, JPEG or PNG, judged by their bytes (FILE-1…FILE-4)'),
});

/** `{ draftId, resumeToken }` from the path and the header. */
function accessOf(ctx: KabinetContext): { draftId: string; resumeToken: string } {
  return {
    draftId: ctx.params.draftId ?? '',
    resumeToken: (ctx.request.headers.get('x-resume-token') ?? '').slice(0, 200),
  };
}

/** The registration routes over `kabinet.registration`. */
export function registrationRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet, catalogue } = tools;
  const registration = kabinet.registration;
  const draftReply =
    (status = 200) =>
    (data: unknown, warnings: unknown) => ({
      status,
      body: warnings === undefined ? { draft: data } : { draft: data, warnings },
    });

  return [
    kabinetRoute({
      operationId: 'getRegistrationTerms',
      method: 'GET',
      path: '/v1/registration/terms',
      summary: 'The version of the terms a registrant must accept (ACC-3)',
      tags: TAGS,
      access: 'public',
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
      tags: TAGS,
      access: 'public',
      body: registrationInputSchemas.start,
      responses: { 201: { description: 'Draft started', schema: draftAccessSchema } },
      handle: async (ctx) =>
        answer(ctx, catalogue, await registration.start(ctx.body, metaOf(ctx)), (data) => ({
          status: 201,
          body: data,
        })),
    }),
    kabinetRoute({
      operationId: 'resumeRegistration',
      method: 'POST',
      path: `${DRAFT}/resume`,
      summary:
        'Resume a draft after a lost session (ACC-4): a new resume token; codes sent before stop working (OTP-2)',
      tags: TAGS,
      access: 'public',
      body: registrationInputSchemas.draft.omit({ draftId: true }),
      responses: {
        200: { description: 'The draft with a new resume token', schema: draftAccessSchema },
        ...notFound,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await registration.resume({
            draftId: ctx.params.draftId ?? '',
            resumeToken: ctx.body.resumeToken,
          }),
          (data) => ({ status: 200, body: data }),
        ),
    }),
    kabinetRoute({
      operationId: 'getRegistrationDraft',
      method: 'GET',
      path: DRAFT,
      summary: 'The draft: progress and masked values, never personal data in clear',
      tags: TAGS,
      access: 'public',
      headers: resumeHeader,
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...notFound },
      handle: async (ctx) =>
        answer(ctx, catalogue, await registration.get(accessOf(ctx)), draftReply()),
    }),
    kabinetRoute({
      operationId: 'setRegistrationUserType',
      method: 'PUT',
      path: `${DRAFT}/user-type`,
      summary: 'Change the user type (ACC-1)',
      tags: TAGS,
      access: 'public',
      headers: resumeHeader,
      body: registrationInputSchemas.userType.omit(ACCESS),
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...notFound },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await registration.setUserType({ ...accessOf(ctx), userType: ctx.body.userType }),
          draftReply(),
        ),
    }),
    kabinetRoute({
      operationId: 'saveRegistrationPersonalData',
      method: 'PUT',
      path: `${DRAFT}/personal-data`,
      summary: 'Personal data as in the passport (DOC-8, DOC-9, DOC-10); stored encrypted (ACC-10)',
      tags: TAGS,
      access: 'public',
      headers: resumeHeader,
      body: registrationInputSchemas.personalData.omit(ACCESS),
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...notFound },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await registration.savePersonalData({ ...accessOf(ctx), personal: ctx.body.personal }),
          draftReply(),
        ),
    }),
    kabinetRoute({
      operationId: 'addRegistrationDocument',
      method: 'POST',
      path: `${DRAFT}/documents`,
      summary:
        'Add an identity document (DOC-1…DOC-7), as JSON or as a multipart form with scans judged by their bytes (FILE-1…FILE-4, S-13)',
      tags: TAGS,
      access: 'public',
      headers: resumeHeader,
      bodyKind: 'binary',
      bodyMedia: { 'application/json': documentBody, 'multipart/form-data': documentForm },
      maxBodyBytes: tools.uploadMaxBytes,
      responses: {
        201: { description: 'The draft', schema: draftReplySchema },
        413: { description: 'The upload is larger than allowed (refused while arriving)' },
        ...notFound,
      },
      handle: async (ctx) => {
        const form = await readForm(ctx, ctx.body as Upload, documentBody, ['document']);
        if (!form.success) return form.reply;
        const files = form.files;
        return answer(
          ctx,
          catalogue,
          await registration.addDocument({
            ...accessOf(ctx),
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
      path: `${DRAFT}/documents/{documentId}`,
      summary: 'Remove a document from the draft',
      tags: TAGS,
      access: 'public',
      headers: resumeHeader,
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...notFound },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await registration.removeDocument({
            ...accessOf(ctx),
            documentId: ctx.params.documentId ?? '',
          }),
          draftReply(),
        ),
    }),
    kabinetRoute({
      operationId: 'setRegistrationContacts',
      method: 'PUT',
      path: `${DRAFT}/contacts`,
      summary:
        'Phone (international, with +) and e-mail, both mandatory (CONTACT-1…CONTACT-3); never says whether one is taken (S-8)',
      tags: TAGS,
      access: 'public',
      headers: resumeHeader,
      body: registrationInputSchemas.setContacts.omit(ACCESS),
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...notFound },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await registration.setContacts({
            ...accessOf(ctx),
            phone: ctx.body.phone,
            email: ctx.body.email,
          }),
          draftReply(),
        ),
    }),
    kabinetRoute({
      operationId: 'requestRegistrationCode',
      method: 'POST',
      path: `${DRAFT}/codes`,
      summary:
        'Send the one-time code for one contact (OTP-1); limited per contact and IP (S-5): 429 with Retry-After',
      tags: TAGS,
      access: 'public',
      headers: resumeHeader,
      body: registrationInputSchemas.requestCode.omit(ACCESS),
      responses: {
        202: { description: 'Code sent', schema: codeSentSchema },
        429: {
          description:
            'Send limit (`auth.send_cooldown`, `auth.send_capped`, `auth.send_ip_capped`: drafts have their own budget, S-5), with Retry-After',
        },
        ...notFound,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await registration.requestCode(
            { ...accessOf(ctx), channel: ctx.body.channel },
            metaOf(ctx),
          ),
          (data) => ({ status: 202, body: data }),
        ),
    }),
    kabinetRoute({
      operationId: 'confirmRegistrationCode',
      method: 'POST',
      path: `${DRAFT}/codes/confirm`,
      summary:
        'Confirm a contact with its code (CONTACT-3); a wrong code blocks the next try for five minutes (OTP-3): 429 with Retry-After',
      tags: TAGS,
      access: 'public',
      headers: resumeHeader,
      body: registrationInputSchemas.confirmCode.omit(ACCESS),
      responses: {
        200: { description: 'The draft', schema: draftReplySchema },
        429: { description: 'Code blocked (`auth.code_blocked`), with Retry-After' },
        ...notFound,
      },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await registration.confirmCode(
            { ...accessOf(ctx), channel: ctx.body.channel, code: ctx.body.code },
            metaOf(ctx),
          ),
          draftReply(),
        ),
    }),
    kabinetRoute({
      operationId: 'setRegistrationPassword',
      method: 'PUT',
      path: `${DRAFT}/password`,
      summary: 'The password (OTP-4, S-1); the strength hint comes back as warnings',
      tags: TAGS,
      access: 'public',
      headers: resumeHeader,
      body: registrationInputSchemas.setPassword.omit(ACCESS),
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...notFound },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await registration.setPassword({ ...accessOf(ctx), password: ctx.body.password }),
          draftReply(),
        ),
    }),
    kabinetRoute({
      operationId: 'acceptRegistrationTerms',
      method: 'PUT',
      path: `${DRAFT}/terms`,
      summary: 'Accept the terms (their current version)',
      tags: TAGS,
      access: 'public',
      headers: resumeHeader,
      body: registrationInputSchemas.acceptTerms.omit(ACCESS),
      responses: { 200: { description: 'The draft', schema: draftReplySchema }, ...notFound },
      handle: async (ctx) =>
        answer(
          ctx,
          catalogue,
          await registration.acceptTerms({ ...accessOf(ctx), termsVersion: ctx.body.termsVersion }),
          draftReply(),
        ),
    }),
    kabinetRoute({
      operationId: 'createAccount',
      method: 'POST',
      path: `${DRAFT}/account`,
      summary:
        'Create the account (ACC-3): active at once when both contacts are confirmed, otherwise waiting for them (CONTACT-6)',
      tags: TAGS,
      access: 'public',
      headers: resumeHeader,
      responses: {
        201: {
          description: 'Account created',
          schema: z.object({
            accountId: z.string(),
            lifecycle: z.enum(LIFECYCLES),
            level: z.enum(LEVELS),
            warnings: warningsSchema,
          }),
        },
        409: { description: 'Already created' },
        ...notFound,
      },
      handle: async (ctx) =>
        answer(ctx, catalogue, await registration.create(accessOf(ctx), metaOf(ctx)), (data) => ({
          status: 201,
          body: data,
        })),
    }),
  ];
}
