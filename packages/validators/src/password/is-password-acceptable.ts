import { checkPassword, type PasswordContext, type PasswordPolicy, type passwordPolicies } from './check-password.js';

/**
 * Tells whether a new password meets a policy under {@link checkPassword}'s rules (the
 * recommendation to use 12+ characters is a warning and does not count).
 *
 * @param password - the new password
 * @param policy - a preset name or a {@link PasswordPolicy} (default `'portal'`)
 * @param context - the user's data to keep out of the password
 * @returns `true` when {@link checkPassword} succeeds
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when a policy allows fewer than 64 characters
 * @example
 * ```ts
 * isPasswordAcceptable('Tr0ub4dor&3x'); // true
 * isPasswordAcceptable('Password1!');   // false (common)
 * ```
 */
export function isPasswordAcceptable(
  password: unknown,
  policy: PasswordPolicy | keyof typeof passwordPolicies = 'portal',
  context?: PasswordContext,
): boolean {
  return checkPassword(password, policy, context).success;
}
