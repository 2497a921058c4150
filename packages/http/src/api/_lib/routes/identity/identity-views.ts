// The identity views the account holder's and the operator's routes answer with: the identity
// (level, documents, checks, the open clarification) and one identity check.
import {
  ACCOUNT_LEVELS,
  ACCOUNT_LIFECYCLES,
  CONFIRMATION_METHODS,
  DOCUMENT_KINDS,
  IDENTITY_CHECK_STATES,
  USER_TYPES,
} from '@kabinet/ports';
import { z } from 'zod';
import { documentViewSchema } from '../../schemas.js';
const defectSchema = z.object({
  field: z.string(),
  reason: z.string(),
  document: z.enum(DOCUMENT_KINDS).optional(),
});
/** One identity check as its owner or an operator sees it. */
export const checkViewSchema = z.object({
  checkId: z.string(),
  kind: z.enum(['documents', ...CONFIRMATION_METHODS]),
  state: z.enum(IDENTITY_CHECK_STATES),
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
/** The account's identity: level, documents, checks and what is missing (ACC-2). */
export const identityViewSchema = z.object({
  userType: z.enum(USER_TYPES),
  level: z.enum(ACCOUNT_LEVELS),
  lifecycle: z.enum(ACCOUNT_LIFECYCLES),
  documents: z.array(documentViewSchema),
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
