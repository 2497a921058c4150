// Response schemas and enums shared by the Kabinet routes, and the `transport` field some
// request bodies add. Request bodies are the services' own input schemas (`authInputSchemas`,
// …, with `.extend` / `.omit` for transport and path fields), so the two cannot disagree.
import { DOCUMENT_KINDS, USER_TYPES } from '@kabinet/ports';
import { z } from 'zod';

const epochMs = z.number().int().describe('epoch milliseconds');

/** The channels a code is sent on and a contact is changed for. */
export const CHANNELS = ['phone', 'email'] as const;

/** Client choice of how session tokens are handed over. */
export const transportSchema = z
  .enum(['bearer', 'cookie'])
  .optional()
  .describe(
    '`bearer` (default): tokens in the body; `cookie`: HttpOnly cookies plus a CSRF token for the `X-CSRF-Token` header',
  );

/** One issue as an answer carries it: code, path, message in the request's language, params. */
export const issueBodySchema = z.object({
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
/** The warnings of a step that succeeded. */
export const warningsSchema = z
  .array(issueBodySchema)
  .optional()
  .describe('Doubts that did not stop the step (e.g. the password strength hint)');

/** A document as a draft or the identity view shows it: masked, with its scans counted. */
export const documentViewSchema = z.object({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  masked: z.string(),
  expiresOn: z.string().optional(),
  files: z.number().int(),
});

/** A registration draft: progress and masked values, never personal data in clear. */
export const draftViewSchema = z.object({
  draftId: z.string(),
  expiresAt: epochMs,
  userType: z.enum(USER_TYPES).optional(),
  personalData: z.boolean(),
  documents: z.array(documentViewSchema),
  phone: z.object({ masked: z.string(), confirmed: z.boolean() }).optional(),
  email: z.object({ masked: z.string(), confirmed: z.boolean() }).optional(),
  password: z.boolean(),
  terms: z.object({ version: z.string(), acceptedAt: epochMs }).optional(),
  accountId: z.string().optional(),
  missing: z.array(
    z.enum(['user_type', 'personal_data', 'documents', 'contacts', 'password', 'terms']),
  ),
});
/** The answer of a step on a draft: the draft and the step's warnings. */
export const draftReplySchema = z.object({ draft: draftViewSchema, warnings: warningsSchema });
/** A draft's id and secret resume token, with the draft (start and resume). */
export const draftAccessSchema = z.object({
  draftId: z.string(),
  resumeToken: z.string().describe('Secret: send it as `X-Resume-Token`'),
  draft: draftViewSchema,
});

/** A one-time code sent: where (masked) and until when it is valid. */
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
/** The session's tokens in the body (bearer transport). */
export const tokenPairSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: epochMs,
  refreshToken: z.string(),
  sessionId: z.string(),
  sessionIdleExpiresAt,
  sessionAbsoluteExpiresAt,
});
/** The session handed over in cookies, with the CSRF token to copy (cookie transport). */
export const cookieSessionSchema = z.object({
  sessionId: z.string(),
  accessTokenExpiresAt: epochMs,
  sessionIdleExpiresAt,
  sessionAbsoluteExpiresAt,
  csrfToken: z.string().describe('Copy into the `X-CSRF-Token` header of every unsafe request'),
});
/** A session opened: its tokens (bearer) or its cookie session (cookie). */
export const authenticatedSchema = z.object({
  status: z.literal('authenticated'),
  tokens: tokenPairSchema.optional().describe('bearer transport'),
  session: cookieSessionSchema.optional().describe('cookie transport'),
});

/** The account's contacts, masked, with the pending changes. */
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

/** A plain acknowledgement. */
export const okSchema = z.object({ ok: z.literal(true) });
