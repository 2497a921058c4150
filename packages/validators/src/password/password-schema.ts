import { schemaFromParse } from '../_lib/schema-from-parse.js';
import { checkPassword, type CheckedPassword } from './check-password.js';

/**
 * zod 4 schema of a new password under the `portal` policy without context words, built on
 * {@link checkPassword}. With the user's data (name, e-mail, phone) use
 * {@link createPasswordSchema} per request, or call {@link checkPassword} directly.
 *
 * @example
 * ```ts
 * const form = z.object({ password: passwordSchema });
 * form.safeParse({ password: 'Tr0ub4dor&3x' }); // success, data.password.strength === 'strong'
 * ```
 */
export const passwordSchema = /* @__PURE__ */ schemaFromParse<string, CheckedPassword>((input, path) => checkPassword(input, 'portal', undefined, { path }));
