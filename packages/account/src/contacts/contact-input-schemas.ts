import { z } from 'zod';

// Typed as a plain zod type, so the API docs show the union (not zod's enum internals).
const CONTACT: z.ZodType<'phone' | 'email', 'phone' | 'email'> = z.enum(['phone', 'email']);
const MESSENGER: z.ZodType<'telegram' | 'viber' | 'whatsapp', 'telegram' | 'viber' | 'whatsapp'> =
  z.enum(['telegram', 'viber', 'whatsapp']);

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
  /** `requestChange`: the contact to change and its new value (checked by the contact rules when read). */
  requestChange: z.object({
    /** The contact to change. */
    channel: CONTACT,
    /** The new phone number or e-mail address. */
    value: z.string().max(320),
  }),
  /** `restore`: the contact and the version of its history to go back to (CONTACT-5). */
  restore: z.object({
    /** The contact to restore. */
    channel: CONTACT,
    /** The history version. */
    seq: z.number().int().nonnegative(),
  }),
  /** `setMessenger`: a messenger and the account's name in it. */
  setMessenger: z.object({
    /** The messenger. */
    kind: MESSENGER,
    /** The name or number in it. */
    value: z.string().min(1).max(64),
  }),
  /** `removeMessenger`: the messenger to remove. */
  removeMessenger: z.object({
    /** The messenger. */
    kind: MESSENGER,
  }),
  /** `setTrustedPhone`: a second phone for recovery (checked by the phone rules when read). */
  setTrustedPhone: z.object({
    /** The phone number. */
    phone: z.string().max(64),
  }),
  /** `confirmChange`: the channel of the pending change (or restore) and its code. */
  confirmChange: z.object({
    /** The contact being changed or restored. */
    channel: CONTACT,
    /** The code sent to its new value. */
    code: z.string().min(1).max(32),
  }),
};

/**
 * The input the schema `K` of {@link contactInputSchemas} reads, as a caller writes it (the
 * schema's input type): the contacts service's methods take it, so a misspelled field does not compile.
 *
 * @example
 * ```ts
 * const input: ContactInput<'requestChange'> = { channel: 'phone', value: '+998935554433' };
 * ```
 */
export type ContactInput<K extends keyof typeof contactInputSchemas> = z.input<
  (typeof contactInputSchemas)[K]
>;
