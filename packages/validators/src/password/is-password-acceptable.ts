import { checkPassword, type PasswordContext } from './check-password.js';
import type { PasswordPolicy } from './password-rules.js';

/**
 * Tells whether a new password meets a policy under {@link checkPassword}'s rules (the
 * recommendation to use 12+ characters is a warning and does not count).
 *
 * @param password - the new password
 * @param policy - a {@link PasswordPolicy}: rules and blocklist
 * @param context - the user's data to keep out of the password
 * @returns `true` when {@link checkPassword} succeeds
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when the policy is missing, has no blocklist or
 *   allows fewer than 64 characters
 * @example
 * ```ts
 * import { isPasswordAcceptable } from '@kabinet/validators/password';
 * import { passwordPolicies } from '@kabinet/validators/password-presets';
 * isPasswordAcceptable('Tr0ub4dor&3x', passwordPolicies.portal); // true
 * isPasswordAcceptable('Password1!', passwordPolicies.portal);   // false (common)
 * ```
 */
export function isPasswordAcceptable(
  password: unknown,
  policy: PasswordPolicy,
  context?: PasswordContext,
): boolean {
  return checkPassword(password, policy, context).success;
}
