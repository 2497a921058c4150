import { uploadedFileSchema } from '@kabinet/validators/file';
import { z } from 'zod';

const id = z.string().min(1).max(128);
const level: z.ZodType<'none' | 'simplified' | 'standard' | 'confirmed'> = z.enum([
  'none',
  'simplified',
  'standard',
  'confirmed',
]);
const fields = z.record(z.string().min(1).max(64), z.unknown());
const page = {
  limit: z.number().int().min(1).max(1000).optional(),
  cursor: z.string().min(1).max(500).optional(),
};

/**
 * The zod schemas of the applications service's inputs, read with `readInput`
 * (`@kabinet/core`), so a wrong type gets an honest code (`input.required`,
 * `input.not_a_string`, …) instead of an exception. The HTTP routes use the same schemas.
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * readInput(applicationsInputSchemas.createDraft, { accountId: 'acc_1', accountLevel: 'confirmed', serviceCode: '' });
 * // { success: false, issues: [{ code: 'input.required', path: ['serviceCode'] }] }
 * ```
 */
export const applicationsInputSchemas = {
  /** `createDraft`: the caller's account and level, the service, and optional first fields. */
  createDraft: z.object({
    accountId: id,
    accountLevel: level,
    serviceCode: z.string().min(1).max(64),
    fields: fields.optional(),
  }),
  /** `edit`: fields to set (`null` clears one). */
  edit: z.object({ accountId: id, applicationId: id, fields }),
  /** `attach`: a file of a kind the service asks for. */
  attach: z.object({
    accountId: id,
    applicationId: id,
    kind: z.string().min(1).max(64),
    /** The file: its bytes and the name the client gave. */
    file: uploadedFileSchema,
  }),
  /** `removeAttachment`. */
  removeAttachment: z.object({ accountId: id, applicationId: id, attachmentId: id }),
  /** `submit`: the caller's level is checked against the service's. */
  submit: z.object({ accountId: id, accountLevel: level, applicationId: id }),
  /** `withdraw`, `get`. */
  one: z.object({ accountId: id, applicationId: id }),
  /** `answer`: the reply to a request for more information, with an optional note. */
  answer: z.object({ accountId: id, applicationId: id, note: z.string().max(2000).optional() }),
  /** `list`, `listCertificates`. */
  list: z.object({ accountId: id, ...page }),
  /** `readCertificate`. */
  certificate: z.object({ accountId: id, certificateId: id }),
  /** `resealForms`: a page of applications. */
  reseal: z.object(page),
  /** `passDue`: how many to hand over in one tick. */
  tick: z.object({ limit: z.number().int().min(1).max(1000).optional() }),
};
