import { z } from 'zod';

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
