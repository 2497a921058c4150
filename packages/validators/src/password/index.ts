/**
 * New-password checks (S-1, OTP-4): the `portal` preset (8+ with upper, lower, digit and
 * special) and the `strict` preset (15+, no composition rules), a blocklist of the 10,000 most
 * common passwords, the user's own data as forbidden words, NFKC and code-point length (64+
 * characters always allowed, never truncated), and a 12+ recommendation. Reuse of previous
 * passwords (`password.reused`) needs stored hashes and is checked by the account package.
 *
 * The blocklist makes this subpath about 95 KB (about 43 KB gzip) on its own.
 *
 * @example
 * ```ts
 * import { checkPassword } from '@kabinet/validators/password';
 * const r = checkPassword('Zx!8vQ#pL2m9', 'portal', { names: ['Иван', 'Петров'], email: 'ivan@example.com' });
 * if (r.success) await hasher.hash(r.data.password);
 * ```
 *
 * @module @kabinet/validators/password
 */
export {
  checkPassword,
  passwordPolicies,
  type CheckedPassword,
  type CheckPasswordOptions,
  type NormalizedPassword,
  type PasswordContext,
  type PasswordPolicy,
  type PasswordStrength,
} from './check-password.js';
export { normalizePassword } from './normalize-password.js';
export { isPasswordAcceptable } from './is-password-acceptable.js';
export { passwordSchema } from './password-schema.js';
export { createPasswordSchema } from './create-password-schema.js';
