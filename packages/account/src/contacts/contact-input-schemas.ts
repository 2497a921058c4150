import { z } from 'zod';

/**
 * The zod schemas of the contacts service's inputs that the HTTP routes share, read with
 * `readInput` (`@kabinet/core`) at both layers so a blank or mistyped code gets the same code.
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * import { contactInputSchemas } from '@kabinet/account/contacts';
 * readInput(contactInputSchemas.confirmChange, { channel: 'phone', code: 123456 });
 * // { success: false, issues: [{ code: 'input.not_a_string', path: ['code'] }] }
 * ```
 */
export const contactInputSchemas = {
  /** `confirmChange`: the channel of the pending change (or restore) and its code. */
  confirmChange: z.object({ channel: z.enum(['phone', 'email']), code: z.string().min(1).max(32) }),
};
