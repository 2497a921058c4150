import { z } from 'zod';

// Typed as a plain zod type, so the API docs show the union (not zod's enum internals).
const CONTACT: z.ZodType<'phone' | 'email'> = z.enum(['phone', 'email']);

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
  confirmChange: z.object({
    /** The contact being changed or restored. */
    channel: CONTACT,
    /** The code sent to its new value. */
    code: z.string().min(1).max(32),
  }),
};
