import type * as z from 'zod';
import { schemaFromParse } from '../_lib/schema-from-parse.js';
import { checkPassword, type CheckedPassword, type PasswordContext, type PasswordPolicy, type passwordPolicies } from './check-password.js';

/**
 * Builds a zod 4 schema of a new password on {@link checkPassword} with a policy and,
 * optionally, the user's data to keep out of it.
 *
 * @param policy - a preset name or a {@link PasswordPolicy}
 * @param context - the user's data (name, e-mail, phone, document numbers)
 * @returns the schema: text in, {@link CheckedPassword} out
 * @throws KabinetError `ERR_INVALID_ARGUMENT` at parse time when the policy allows fewer than 64 characters
 * @example
 * ```ts
 * const schema = createPasswordSchema('strict', { email: 'ivan@example.com' });
 * schema.safeParse('ivan-likes-long-passwords').success; // false: contains the e-mail name
 * ```
 */
export function createPasswordSchema(policy: PasswordPolicy | keyof typeof passwordPolicies, context?: PasswordContext): z.ZodType<CheckedPassword, string> {
  return schemaFromParse<string, CheckedPassword>((input, path) => checkPassword(input, policy, context, { path }));
}
