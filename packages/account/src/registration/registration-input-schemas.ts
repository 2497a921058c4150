import { z } from 'zod';

const USER_TYPES = ['foreign_citizen', 'residence_permit_holder'] as const;
const access = { draftId: z.string().min(1).max(64), resumeToken: z.string().min(1).max(100) };

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
  start: z.object({ userType: z.enum(USER_TYPES) }),
  /** `setUserType`: the draft and its user type. */
  userType: z.object({ ...access, userType: z.enum(USER_TYPES) }),
  /** `requestCode`: the draft and the contact to confirm. */
  requestCode: z.object({ ...access, channel: z.enum(['phone', 'email']) }),
  /** `confirmCode`: the draft, the contact and the code sent to it. */
  confirmCode: z.object({ ...access, channel: z.enum(['phone', 'email']), code: z.string().min(1).max(32) }),
  /** `acceptTerms`: the draft and the version of the terms accepted. */
  acceptTerms: z.object({ ...access, termsVersion: z.string().min(1).max(40) }),
};
