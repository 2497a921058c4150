// The identity views the account holder's and the operator's routes answer with: the identity
// (level, documents, checks, the open clarification) and one identity check.
import type { IdentityCheckState } from '@kabinet/ports';
import { z } from 'zod';
import { everyMember } from '../../every-member.js';
import {
  CONFIRMATION_METHODS,
  DOCUMENT_KINDS,
  documentViewSchema,
  LEVELS,
  LIFECYCLES,
  USER_TYPES,
} from '../../schemas.js';

const STATES = everyMember<IdentityCheckState>()([
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
]);
const defectSchema = z.object({
  field: z.string(),
  reason: z.string(),
  document: z.enum(DOCUMENT_KINDS).optional(),
});
/** One identity check as its owner or an operator sees it. */
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
/** The account's identity: level, documents, checks and what is missing (ACC-2). */
export const identityViewSchema = z.object({
  userType: z.enum(USER_TYPES),
  level: z.enum(LEVELS),
  lifecycle: z.enum(LIFECYCLES),
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
