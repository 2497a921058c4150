// The applications routes' views: an application as «Мои заявки» shows it, a received
// certificate and a service of the catalogue — their schemas (what the OpenAPI document shows)
// and the mappers from the service's records, in the request's language.
import { renderIssue, type Locale, type MessageCatalogue } from '@kabinet/core';
import {
  applicationMachine,
  type ApplicationDetails,
  type ApplicationStatus,
  type CertificateRecord,
  type FormField,
  type ServiceDefinition,
} from '@kabinet/services/applications';
import { z } from 'zod';
import { everyMember } from '../../every-member.js';

/** The OpenAPI tags of the applications routes. */
export const APPLICATION_TAGS = ['applications'];

// The statuses of the service's transition table, in its order.
const STATUSES = applicationMachine.states as readonly [ApplicationStatus, ...ApplicationStatus[]];
const FIELD_KINDS = everyMember<NonNullable<FormField['kind']>>()([
  'text',
  'date',
  'phone',
  'migration_card',
  'address',
  'residence_permit',
]);

/** An application: the record, its status in words, the expected date, what is possible now. */
export const applicationViewSchema = z.object({
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

/** A received certificate or decision (AUD-2), without its content. */
export const certificateViewSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  serviceCode: z.string(),
  title: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  issuedAt: z.number().int(),
  number: z.string().optional(),
});

/** A service of the catalogue: its form fields, attachments and their file rules. */
export const serviceViewSchema = z.object({
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
        .enum(FIELD_KINDS)
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

/** An application's details as {@link applicationViewSchema}, in `locale`. */
export function applicationView(
  details: ApplicationDetails,
  locale: Locale,
  catalogue: MessageCatalogue,
): z.output<typeof applicationViewSchema> {
  const a = details.application;
  const request = a.infoRequest;
  const decision = a.decision;
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
    ...(request === undefined
      ? {}
      : {
          infoRequest: {
            requestedAt: request.requestedAt,
            dueBy: request.dueBy,
            items: [...request.items],
            ...(request.note === undefined ? {} : { note: request.note }),
            ...(request.answeredAt === undefined ? {} : { answeredAt: request.answeredAt }),
          },
        }),
    ...(decision === undefined
      ? {}
      : {
          decision: {
            outcome: decision.outcome,
            at: decision.at,
            reasons: [...decision.reasons],
            ...(decision.certificateId === undefined
              ? {}
              : { certificateId: decision.certificateId }),
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

/** A certificate as {@link certificateViewSchema}. */
export function certificateView(c: CertificateRecord): z.output<typeof certificateViewSchema> {
  return {
    id: c.id,
    applicationId: c.applicationId,
    serviceCode: c.serviceCode,
    title: c.title,
    mediaType: c.mediaType,
    size: c.size,
    issuedAt: c.issuedAt,
    ...(c.number === undefined ? {} : { number: c.number }),
  };
}

/** A service of the catalogue as {@link serviceViewSchema}, in `locale`. */
export function serviceView(
  s: ServiceDefinition,
  locale: Locale,
): z.output<typeof serviceViewSchema> {
  return {
    code: s.code,
    title: s.title[locale],
    authority: s.authority[locale],
    minLevel: s.minLevel,
    ...(s.dutyCode === undefined ? {} : { dutyCode: s.dutyCode }),
    processingWorkingDays: s.processingWorkingDays,
    fields: s.fields.map((f) => ({
      name: f.name,
      title: f.title[locale],
      required: f.required,
      kind: f.kind ?? 'text',
    })),
    attachments: s.attachments.map((a) => ({
      kind: a.kind,
      title: a.title[locale],
      required: a.required,
      maxFiles: a.maxFiles,
      allowedTypes: [...a.policy.allowedTypes],
      maxBytes: a.policy.maxBytes,
    })),
  };
}
