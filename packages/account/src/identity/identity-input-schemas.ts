import { CONFIRMATION_METHODS } from '@kabinet/ports';
import { z } from 'zod';
import { addressShape, documentShape, personalShape } from '../_lib/input-shapes.js';
import { scanInputSchema } from './scan-input.js';

const METHODS = CONFIRMATION_METHODS;
// Typed as a plain zod type, so the API docs show the union (not zod's enum internals).
const METHOD: z.ZodType<(typeof METHODS)[number], (typeof METHODS)[number]> = z.enum(METHODS);

/**
 * The zod schemas of the identity service's inputs that the HTTP routes share, read with
 * `readInput` (`@kabinet/core`) at both layers, so a blank or numeric code gets the same code
 * (the route takes `checkId` from its path).
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * import { identityInputSchemas } from '@kabinet/account/identity';
 * readInput(identityInputSchemas.enterCode, { checkId: 'chk_1', code: '' });
 * // { success: false, issues: [{ code: 'input.required', path: ['code'] }] }
 * ```
 */

export const identityInputSchemas = {
  /** `addDocument`: the document and its scans. */
  addDocument: z.object({
    /** `{ kind, … }`: the document's fields, checked by its kind. */
    document: documentShape,
    /** Up to ten scans. */
    files: z.array(scanInputSchema).max(10).optional(),
  }),
  /** `updateAddress`: the new address (checked by the address rules when read, DOC-10). */
  updateAddress: z.object({
    /** The address. */
    address: addressShape,
  }),
  /** `startConfirmation`: the method and its evidence (checked by the method when read). */
  startConfirmation: z.object({
    /** The confirmation method (ACC-7). */
    method: METHOD,
    /** The method's evidence. */
    evidence: z.record(z.string(), z.unknown()).optional(),
  }),
  /** `answerClarification`: the check and the corrected data. */
  answerClarification: z.object({
    /** The identity check. */
    checkId: z.string().min(1).max(64),
    /** Corrected personal data. */
    personal: personalShape.partial().optional(),
    /** Corrected documents. */
    documents: z.array(documentShape).max(6).optional(),
    /** Scans backing the corrections. */
    files: z.array(scanInputSchema).max(10).optional(),
  }),
  /** `cancel`: the check to cancel. */
  cancel: z.object({
    /** The identity check. */
    checkId: z.string().min(1).max(64),
  }),
  /** `enterCode`: the check and the code sent by SMS or in the registered letter. */
  enterCode: z.object({
    /** The identity check. */
    checkId: z.string().min(1).max(64),
    /** The code sent by SMS or in the registered letter. */
    code: z.string().min(1).max(32),
  }),
  /** `activate`: the token of the activation link sent after an in-person visit. */
  activate: z.object({
    /** The activation link's token. */
    token: z.string().min(1).max(200),
  }),
};

/**
 * The input the schema `K` of {@link identityInputSchemas} reads, as a caller writes it (the
 * schema's input type): the identity service's methods take it, so a misspelled field does not compile.
 *
 * @example
 * ```ts
 * const input: IdentityInput<'cancel'> = { checkId: 'chk_1' };
 * ```
 */
export type IdentityInput<K extends keyof typeof identityInputSchemas> = z.input<
  (typeof identityInputSchemas)[K]
>;
