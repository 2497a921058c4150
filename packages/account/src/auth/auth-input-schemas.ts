import { SECOND_FACTOR_METHODS, type SecondFactorMethod } from '@kabinet/ports';
import { z } from 'zod';

// Typed as plain zod types, so the API docs show the union (not zod's enum internals).
const CODE_CHANNEL: z.ZodType<'sms' | 'email', 'sms' | 'email'> = z.enum(['sms', 'email']);
const LOGIN_FACTOR: z.ZodType<
  SecondFactorMethod | 'backup_code',
  SecondFactorMethod | 'backup_code'
> = z.enum([...SECOND_FACTOR_METHODS, 'backup_code']);
const PREFERRED_FACTOR: z.ZodType<SecondFactorMethod, SecondFactorMethod> =
  z.enum(SECOND_FACTOR_METHODS);

/**
 * The zod schemas of the auth service's inputs, read with `readInput` (`@kabinet/core`). The
 * HTTP routes use the same schemas (extended with transport fields), so a body the service
 * would refuse — an empty login, a password of another type — is refused at the HTTP layer
 * with the same codes (`input.required`, `input.not_a_string`, `input.too_long`, …).
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * import { authInputSchemas } from '@kabinet/account/auth';
 * readInput(authInputSchemas.login, { login: '', password: 'secret' });
 * // { success: false, issues: [{ code: 'input.required', path: ['login'] }] }
 * ```
 */
export const authInputSchemas = {
  /** `login`: a phone number or e-mail address and the password. */
  login: z.object({
    /** A phone number or e-mail address. */
    login: z.string().min(1).max(320),
    /** The password. */
    password: z.string().min(1).max(1024),
  }),
  /** `sendLoginCode`: the pending login and the channel of the code. */
  sendLoginCode: z.object({
    /** The pending login's token. */
    loginToken: z.string().min(1).max(200),
    /** The channel of the code. */
    method: CODE_CHANNEL,
  }),
  /** `completeLogin`: the pending login, the second factor and its code. */
  completeLogin: z.object({
    /** The pending login's token. */
    loginToken: z.string().min(1).max(200),
    /** The second factor used. */
    method: LOGIN_FACTOR,
    /** Its code. */
    code: z.string().min(1).max(64),
  }),
  /** `changePassword`: the current password, the new one (checked by the password policy) and whether other sessions end. */
  changePassword: z.object({
    /** The current password. */
    currentPassword: z.string().min(1).max(1024),
    /** The new password; the password policy reports what is wrong with it. */
    newPassword: z.string().max(1024),
    /** End the other sessions (default: true). */
    endOtherSessions: z.boolean().optional(),
  }),
  /** `recoverAccess`: the recovery token support issued and the new password. */
  recoverAccess: z.object({
    /** The recovery token. */
    token: z.string().min(1).max(200),
    /** The new password; the password policy reports what is wrong with it. */
    newPassword: z.string().max(1024),
  }),
  /** `confirmTotpEnrollment`: the first code of the authenticator app. */
  totpCode: z.object({
    /** The authenticator app's current code. */
    code: z.string().min(1).max(64),
  }),
  /** `setSecondFactor`: the preferred second factor. */
  secondFactor: z.object({
    /** The preferred second factor. */
    method: PREFERRED_FACTOR,
  }),
  /** `requestUnlock`: the login of a locked account and the channel of the code. */
  requestUnlock: z.object({
    /** The locked account's phone number or e-mail address. */
    login: z.string().min(1).max(320),
    /** The channel of the code (default: the account's choice). */
    channel: CODE_CHANNEL.optional(),
  }),
  /** `confirmUnlock`: the unlock token and the code sent for it. */
  confirmUnlock: z.object({
    /** The unlock request's token. */
    unlockToken: z.string().min(1).max(200),
    /** The code sent for it. */
    code: z.string().min(1).max(32),
  }),
};

/**
 * The input the schema `K` of {@link authInputSchemas} reads, as a caller writes it (the
 * schema's input type): the login service's methods take it, so a misspelled field does not compile.
 *
 * @example
 * ```ts
 * const input: AuthInput<'login'> = { login: '+998901234567', password: 'secret' };
 * ```
 */
export type AuthInput<K extends keyof typeof authInputSchemas> = z.input<
  (typeof authInputSchemas)[K]
>;
