import { USER_TYPES } from '@kabinet/ports';
import { z } from 'zod';
import { documentShape, personalShape } from '../_lib/input-shapes.js';
import { scanInputSchema } from '../identity/scan-input.js';

// Typed as plain zod types, so the API docs show the union (not zod's enum internals).
const USER_TYPE: z.ZodType<(typeof USER_TYPES)[number], (typeof USER_TYPES)[number]> =
  z.enum(USER_TYPES);
const CONTACT: z.ZodType<'phone' | 'email', 'phone' | 'email'> = z.enum(['phone', 'email']);
const access = {
  /** The draft's id. */
  draftId: z.string().min(1).max(64),
  /** The draft's resume token. */
  resumeToken: z.string().min(1).max(100),
};

/**
 * The zod schemas of the registration service's simple step inputs, read with `readInput`
 * (`@kabinet/core`). Every step but `start` names its draft (`draftId`, `resumeToken`); the
 * HTTP routes take those from the path and the `X-Resume-Token` header and check the rest of
 * the body with the same schema (`.omit({ draftId: true, resumeToken: true })`), so a blank code
 * is `input.required` at either layer.
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * import { registrationInputSchemas } from '@kabinet/account/registration';
 * readInput(registrationInputSchemas.start, { userType: 'tourist' });
 * // { success: false, issues: [{ code: 'input.not_one_of', path: ['userType'], params: { allowed: 'foreign_citizen, residence_permit_holder' } }] }
 * ```
 */
export const registrationInputSchemas = {
  /** `start`: the user type of the new draft. */
  start: z.object({
    /** Foreign citizen or residence-permit holder. */
    userType: USER_TYPE,
  }),
  /** `resume`, `get` and `create`: the draft and its resume token. */
  draft: z.object(access),
  /** `setUserType`: the draft and its user type. */
  userType: z.object({
    ...access,
    /** Foreign citizen or residence-permit holder. */
    userType: USER_TYPE,
  }),
  /** `savePersonalData`: the draft and the personal data (checked field by field when read). */
  personalData: z.object({
    ...access,
    /** `{ surname, givenNames, patronymic?, latinSurname?, latinGivenNames?, birthDate, citizenship, sex?, address? }`. */
    personal: personalShape,
  }),
  /** `addDocument`: the draft, the document and its scans. */
  addDocument: z.object({
    ...access,
    /** `{ kind, … }`: the document's fields, checked by its kind. */
    document: documentShape,
    /** Up to ten scans; they go through `checkFile` and the antivirus hook. */
    files: z.array(scanInputSchema).max(10).optional(),
  }),
  /** `removeDocument`: the draft and the document to remove. */
  removeDocument: z.object({
    ...access,
    /** The document's id. */
    documentId: z.string().min(1).max(64),
  }),
  /** `setContacts`: the draft, its phone and e-mail (checked by the contact rules when read). */
  setContacts: z.object({
    ...access,
    /** The phone number, international with `+`. */
    phone: z.string().max(64),
    /** The e-mail address. */
    email: z.string().max(320),
  }),
  /** `setPassword`: the draft and its password (checked by the password policy). */
  setPassword: z.object({
    ...access,
    /** The password. */
    password: z.string().max(1024),
  }),
  /** `requestCode`: the draft and the contact to confirm. */
  requestCode: z.object({
    ...access,
    /** The contact to confirm. */
    channel: CONTACT,
  }),
  /** `confirmCode`: the draft, the contact and the code sent to it. */
  confirmCode: z.object({
    ...access,
    /** The contact the code was sent to. */
    channel: CONTACT,
    /** The code. */
    code: z.string().min(1).max(32),
  }),
  /** `acceptTerms`: the draft and the version of the terms accepted. */
  acceptTerms: z.object({
    ...access,
    /** The version of the terms accepted. */
    termsVersion: z.string().min(1).max(40),
  }),
};

/**
 * The input the schema `K` of {@link registrationInputSchemas} reads, as a caller writes it (the
 * schema's input type): the registration service's methods take it, so a misspelled field does not compile.
 *
 * @example
 * ```ts
 * const input: RegistrationInput<'start'> = { userType: 'foreign_citizen' };
 * ```
 */
export type RegistrationInput<K extends keyof typeof registrationInputSchemas> = z.input<
  (typeof registrationInputSchemas)[K]
>;
