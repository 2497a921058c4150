/**
 * New-password checks (S-1, OTP-4): the rules of the `portal` preset (8+ with upper, lower,
 * digit and special) and the `strict` preset (15+, no composition rules), a blocklist — also
 * against decorated, leetspeak and Russian-layout forms —, the user's own data as forbidden
 * words, NFKC and code-point length (64+ characters always allowed, never truncated), and a
 * 12+ recommendation. Reuse of previous passwords (`password.reused`) needs stored hashes and
 * is checked by the account package.
 *
 * The logic only: every check takes a {@link PasswordPolicy} that carries its blocklist. The
 * 10,000 most common passwords, the ready policies and the default schema are data, in
 * `@kabinet/validators/password-presets`; this subpath stays a few kilobytes.
 *
 * @example
 * ```ts
 * import { checkPassword } from '@kabinet/validators/password';
 * import { passwordPolicies } from '@kabinet/validators/password-presets';
 * const r = checkPassword('Zx!8vQ#pL2m9', passwordPolicies.portal, { names: ['Иван', 'Петров'], email: 'ivan@example.com' });
 * if (r.success) await hasher.hash(r.data.password);
 * ```
 *
 * @module @kabinet/validators/password
 */
export {
  checkPassword,
  type CheckedPassword,
  type CheckPasswordOptions,
  type NormalizedPassword,
  type PasswordContext,
  type PasswordStrength,
} from './check-password.js';
export {
  passwordRules,
  type PasswordBlocklist,
  type PasswordPolicy,
  type PasswordRules,
} from './password-rules.js';
export { normalizePassword } from './normalize-password.js';
export { isPasswordAcceptable } from './is-password-acceptable.js';
export { createPasswordSchema } from './create-password-schema.js';
