import { z } from 'zod';

/**
 * The zod schemas of the sessions service's inputs that the HTTP routes share, read with
 * `readInput` (`@kabinet/core`) at both layers so an empty password gets the same code.
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * import { sessionInputSchemas } from '@kabinet/account/sessions';
 * readInput(sessionInputSchemas.reauthenticate, { password: '' });
 * // { success: false, issues: [{ code: 'input.required', path: ['password'] }] }
 * ```
 */
export const sessionInputSchemas = {
  /** `reauthenticate`: the password, entered again. */
  reauthenticate: z.object({
    /** The password, entered again. */
    password: z.string().min(1).max(1024),
  }),
};
