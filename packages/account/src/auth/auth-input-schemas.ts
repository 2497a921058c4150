import { z } from 'zod';

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
  login: z.object({ login: z.string().min(1).max(320), password: z.string().min(1).max(1024) }),
  /** `sendLoginCode`: the pending login and the channel of the code. */
  sendLoginCode: z.object({ loginToken: z.string().min(1).max(200), method: z.enum(['sms', 'email']) }),
  /** `completeLogin`: the pending login, the second factor and its code. */
  completeLogin: z.object({
    loginToken: z.string().min(1).max(200),
    method: z.enum(['sms', 'email', 'totp', 'backup_code']),
    code: z.string().min(1).max(64),
  }),
  /** `confirmTotpEnrollment`: the first code of the authenticator app. */
  totpCode: z.object({ code: z.string().min(1).max(64) }),
  /** `setSecondFactor`: the preferred second factor. */
  secondFactor: z.object({ method: z.enum(['sms', 'email', 'totp']) }),
  /** `requestUnlock`: the login of a locked account and the channel of the code. */
  requestUnlock: z.object({ login: z.string().min(1).max(320), channel: z.enum(['sms', 'email']).optional() }),
  /** `confirmUnlock`: the unlock token and the code sent for it. */
  confirmUnlock: z.object({ unlockToken: z.string().min(1).max(200), code: z.string().min(1).max(32) }),
};
