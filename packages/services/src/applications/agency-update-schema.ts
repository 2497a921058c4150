import { z } from 'zod';
import type { AgencyUpdate } from './agency-gateway.js';

const id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_.:-]+$/);
const code = z.string().min(1).max(64);

/**
 * The zod schema of an {@link AgencyUpdate}, for gateways that read a callback's JSON (the
 * simulated agency does) and for the service, which checks every report it is given.
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * readInput(agencyUpdateSchema, JSON.parse(body)); // Result<AgencyUpdate>
 * ```
 */
export const agencyUpdateSchema: z.ZodType<AgencyUpdate> = z.object({
  eventId: id,
  applicationId: id,
  caseRef: id,
  sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  status: z.enum(['under_review', 'info_required', 'approved', 'rejected']),
  at: z.number().int().min(0).max(8.64e15),
  reasons: z.array(code).max(20).optional(),
  infoRequest: z
    .object({
      items: z.array(code).max(20),
      note: z.string().max(500).optional(),
      dueBy: z.number().int().min(0).max(8.64e15).optional(),
    })
    .optional(),
  document: z.object({ id, title: z.string().min(1).max(200) }).optional(),
}) as z.ZodType<AgencyUpdate>;
