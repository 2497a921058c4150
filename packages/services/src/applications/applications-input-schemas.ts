import { ACCOUNT_LEVELS, type AccountLevel } from '@kabinet/ports';
import { uploadedFileSchema } from '@kabinet/validators/file';
import { z } from 'zod';

const id = z.string().min(1).max(128);
// Typed on both sides, so the API docs show the union and the service's methods take it.
const level: z.ZodType<AccountLevel, AccountLevel> = z.enum(ACCOUNT_LEVELS);
const fields = z
  .record(z.string().min(1).max(64), z.unknown())
  .describe('form fields by name (see `GET /v1/services`); `null` clears one');
const page = {
  /** Page size (1–1000). */
  limit: z.number().int().min(1).max(1000).optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().min(1).max(500).optional(),
};
const ACCOUNT = {
  /** The caller's account (from the session). */
  accountId: id,
};
const APPLICATION = {
  ...ACCOUNT,
  /** One of the account's applications. */
  applicationId: id,
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
    ...ACCOUNT,
    /** The caller's account level (the service may need a higher one to submit). */
    accountLevel: level,
    /** The catalogue service applied for. */
    serviceCode: z.string().min(1).max(64),
    /** First values of the form, field name → value. */
    fields: fields.optional(),
  }),
  /** `edit`: fields to set (`null` clears one). */
  edit: z.object({
    ...APPLICATION,
    /** Field name → new value (`null` clears it). */
    fields,
  }),
  /** `attach`: a file of a kind the service asks for. */
  attach: z.object({
    ...APPLICATION,
    /** Which required attachment of the service it is. */
    kind: z.string().min(1).max(64).describe('the attachment kind'),
    /** The file: its bytes and the name the client gave. */
    file: uploadedFileSchema,
  }),
  /** `removeAttachment`. */
  removeAttachment: z.object({
    ...APPLICATION,
    /** The attachment to remove. */
    attachmentId: id,
  }),
  /** `submit`: the caller's level is checked against the service's. */
  submit: z.object({
    ...APPLICATION,
    /** The caller's account level. */
    accountLevel: level,
  }),
  /** `withdraw`, `get`. */
  one: z.object(APPLICATION),
  /** `answer`: the reply to a request for more information, with an optional note. */
  answer: z.object({
    ...APPLICATION,
    /** The user's note for the authority. */
    note: z.string().max(2000).optional(),
  }),
  /** `list`, `listCertificates`. */
  list: z.object({ ...ACCOUNT, ...page }),
  /** `readCertificate`. */
  certificate: z.object({
    ...ACCOUNT,
    /** One of the account's certificates. */
    certificateId: id,
  }),
  /** `resealForms`: a page of applications. */
  reseal: z.object(page),
  /** `passDue`: how many to hand over in one tick. */
  tick: z.object({
    /** At most this many applications (default the policy's batch). */
    limit: z.number().int().min(1).max(1000).optional(),
  }),
  /** `handleAgencyCallback`: the callback's exact text and its headers (a wrong shape is `application.callback.malformed`). */
  callback: z.object({
    /** The request body as received (the gateway authenticates these exact bytes). */
    body: z.string(),
    /** The request headers, lower-case names. */
    headers: z.record(z.string(), z.string()),
  }),
};
