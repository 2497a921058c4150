import { schemaFromParse } from '../schema/schema-from-parse.js';
import { checkPassword, type CheckedPassword } from '../password/check-password.js';
import { passwordPolicies } from './password-policies.js';

/**
 * zod 4 schema of a new password under `passwordPolicies.portal` (the common passwords
 * refused) without context words, built on `checkPassword`. With the user's data (name,
 * e-mail, phone) use `createPasswordSchema(passwordPolicies.portal, context)` per request,
 * or call `checkPassword` directly.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { passwordSchema } from '@kabinet/validators/password-presets';
 * const form = z.object({ password: passwordSchema });
 * form.safeParse({ password: 'Tr0ub4dor&3x' }); // success, data.password.strength === 'strong'
 * ```
 */
export const passwordSchema = /* @__PURE__ */ schemaFromParse<string, CheckedPassword>(
  (input, path) => checkPassword(input, passwordPolicies.portal, undefined, { path }),
);
