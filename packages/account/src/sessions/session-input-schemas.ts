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
  /** `refresh`: the refresh token of the pair to rotate. */
  refresh: z.object({
    /** The refresh token. */
    refreshToken: z.string().min(1).max(200),
  }),
  /** `end`: the session to end. */
  end: z.object({
    /** The session's id. */
    sessionId: z.string().min(1).max(100),
  }),
  /** `blockIp`: the address to block for the account. */
  blockIp: z.object({
    /** An IPv4 or IPv6 address. */
    ip: z.string().min(2).max(64),
  }),
  /** `reauthenticate`: the password, entered again. */
  reauthenticate: z.object({
    /** The password, entered again. */
    password: z.string().min(1).max(1024),
  }),
};

/**
 * The input the schema `K` of {@link sessionInputSchemas} reads, as a caller writes it (the
 * schema's input type): the sessions service's methods take it, so a misspelled field does not compile.
 *
 * @example
 * ```ts
 * const input: SessionInput<'end'> = { sessionId: 'ses_1' };
 * ```
 */
export type SessionInput<K extends keyof typeof sessionInputSchemas> = z.input<
  (typeof sessionInputSchemas)[K]
>;
