// Request and response schemas shared by the Kabinet routes. Request schemas bound types and
// sizes only: the use cases parse the domain values (phone, passport, SNILS, …) and answer
// with domain issue codes at the same paths. Response schemas document what is sent.
import { z } from 'zod';

const text = (max: number) => z.string().max(max);
const epochMs = z.number().int().describe('epoch milliseconds');

export const USER_TYPES = ['foreign_citizen', 'residence_permit_holder'] as const;
export const DOCUMENT_KINDS = [
  'foreign_passport',
  'residence_permit',
  'migration_card',
  'visa',
  'snils',
  'inn',
] as const;
export const LEVELS = ['none', 'simplified', 'standard', 'confirmed'] as const;
export const LIFECYCLES = [
  'draft',
  'contacts_pending',
  'active',
  'clarification_requested',
  'restricted',
  'locked',
  'blocked',
  'closed',
] as const;
export const CHANNELS = ['phone', 'email'] as const;
export const CONFIRMATION_METHODS = [
  'document_upload',
  'bank',
  'sms_code',
  'video',
  'e_signature',
  'registered_mail',
  'in_person',
] as const;

/** Client choice of how session tokens are handed over. */
export const transportSchema = z
  .enum(['bearer', 'cookie'])
  .optional()
  .describe(
    '`bearer` (default): tokens in the body; `cookie`: HttpOnly cookies plus a CSRF token for the `X-CSRF-Token` header',
  );

export const personalSchema = z.object({
  surname: text(200).describe('Cyrillic, as in Russian documents'),
  givenNames: text(200),
  patronymic: text(200).optional(),
  latinSurname: text(200).optional().describe('Latin, as in the passport'),
  latinGivenNames: text(200).optional(),
  birthDate: text(40).describe('ДД.ММ.ГГГГ or YYYY-MM-DD'),
  citizenship: text(8).describe('ISO 3166-1 alpha-3, e.g. UZB'),
  sex: z.enum(['male', 'female']).optional(),
  address: z
    .object({
      postalIndex: text(16).optional(),
      region: text(200).optional(),
      city: text(200).optional(),
      street: text(200).optional(),
      house: text(40).optional(),
      building: text(40).optional(),
      apartment: text(40).optional(),
      freeForm: text(500).optional(),
    })
    .optional(),
});

export const documentSchema = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    series: text(40).optional(),
    number: text(64).optional(),
    country: text(8).optional().describe('foreign passport: ISO alpha-3 issuing country'),
    issueDate: text(40).optional(),
    expiryDate: text(40).optional(),
    entryDate: text(40).optional().describe('migration card'),
    stayUntil: text(40).optional().describe('migration card'),
    validFrom: text(40).optional().describe('visa'),
    validUntil: text(40).optional().describe('visa'),
    category: text(40).optional().describe('visa'),
  })
  .catchall(z.union([z.string().max(500), z.number(), z.boolean(), z.null()]))
  .describe('The fields of one identity document; which are needed depends on `kind`');

export const issueBodySchema = z.object({
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export const warningsSchema = z
  .array(issueBodySchema)
  .optional()
  .describe('Doubts that did not stop the step (e.g. the password strength hint)');

export const draftViewSchema = z.object({
  draftId: z.string(),
  expiresAt: epochMs,
  userType: z.enum(USER_TYPES).optional(),
  personalData: z.boolean(),
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(DOCUMENT_KINDS),
      masked: z.string(),
      expiresOn: z.string().optional(),
      files: z.number().int(),
    }),
  ),
  phone: z.object({ masked: z.string(), confirmed: z.boolean() }).optional(),
  email: z.object({ masked: z.string(), confirmed: z.boolean() }).optional(),
  password: z.boolean(),
  terms: z.object({ version: z.string(), acceptedAt: epochMs }).optional(),
  accountId: z.string().optional(),
  missing: z.array(
    z.enum(['user_type', 'personal_data', 'documents', 'contacts', 'password', 'terms']),
  ),
});
export const draftReplySchema = z.object({ draft: draftViewSchema, warnings: warningsSchema });
export const draftAccessSchema = z.object({
  draftId: z.string(),
  resumeToken: z.string().describe('Secret: send it as `X-Resume-Token`'),
  draft: draftViewSchema,
});

export const codeSentSchema = z.object({
  channel: z.enum(CHANNELS).optional(),
  sentTo: z.string().describe('masked'),
  expiresAt: epochMs,
});

/** When the session ends if unused (`idleExpiresAt` of GET /v1/sessions, as of this answer). */
const sessionIdleExpiresAt = epochMs.describe(
  'the session ends if not used before then (idle timeout; every request moves it) — `idleExpiresAt` in GET /v1/sessions',
);
/** When the session ends however much it is used (`absoluteExpiresAt` of GET /v1/sessions). */
const sessionAbsoluteExpiresAt = epochMs.describe(
  'the session ends then however much it is used (absolute lifetime) — `absoluteExpiresAt` in GET /v1/sessions',
);
export const tokenPairSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: epochMs,
  refreshToken: z.string(),
  sessionId: z.string(),
  sessionIdleExpiresAt,
  sessionAbsoluteExpiresAt,
});
export const cookieSessionSchema = z.object({
  sessionId: z.string(),
  accessTokenExpiresAt: epochMs,
  sessionIdleExpiresAt,
  sessionAbsoluteExpiresAt,
  csrfToken: z.string().describe('Copy into the `X-CSRF-Token` header of every unsafe request'),
});
export const authenticatedSchema = z.object({
  status: z.literal('authenticated'),
  tokens: tokenPairSchema.optional().describe('bearer transport'),
  session: cookieSessionSchema.optional().describe('cookie transport'),
});

export const contactsViewSchema = z.object({
  phone: z.object({ masked: z.string(), confirmedAt: epochMs.optional() }),
  email: z.object({ masked: z.string(), confirmedAt: epochMs.optional() }),
  messengers: z.array(z.object({ kind: z.string(), masked: z.string() })),
  trustedPhone: z.object({ masked: z.string() }).optional(),
  pending: z.array(
    z.object({
      channel: z.enum(CHANNELS),
      masked: z.string(),
      requestedAt: epochMs,
      restoresSeq: z.number().int().optional(),
    }),
  ),
});

export const okSchema = z.object({ ok: z.literal(true) });
