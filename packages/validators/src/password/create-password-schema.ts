import type * as z from 'zod';
import { assertPasswordPolicy } from '../_lib/assert-password-policy.js';
import { schemaFromParse } from '../schema/schema-from-parse.js';
import { checkPassword, type CheckedPassword, type PasswordContext } from './check-password.js';
import type { PasswordPolicy } from './password-rules.js';

/**
 * Builds a zod 4 schema of a new password on {@link checkPassword} with a policy and,
 * optionally, the user's data to keep out of it.
 *
 * @param policy - a {@link PasswordPolicy}: rules and blocklist
 * @param context - the user's data (name, e-mail, phone, document numbers)
 * @returns the schema: text in, {@link CheckedPassword} out
 * @throws KabinetError `ERR_INVALID_ARGUMENT` at once when the policy is missing, has no
 *   blocklist or allows fewer than 64 characters
 * @example
 * ```ts
 * import { createPasswordSchema } from '@kabinet/validators/password';
 * import { passwordPolicies } from '@kabinet/validators/password-presets';
 * const schema = createPasswordSchema(passwordPolicies.strict, { email: 'ivan@example.com' });
 * schema.safeParse('ivan-likes-long-passwords').success; // false: contains the e-mail name
 * ```
 */
export function createPasswordSchema(
  policy: PasswordPolicy,
  context?: PasswordContext,
): z.ZodType<CheckedPassword, string> {
  assertPasswordPolicy(policy);
  return schemaFromParse<string, CheckedPassword>((input, path) =>
    checkPassword(input, policy, context, { path }),
  );
}
