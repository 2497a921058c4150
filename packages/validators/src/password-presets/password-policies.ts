import { passwordRules, type PasswordPolicy } from '../password/password-rules.js';
import { commonPasswords } from './common-passwords.js';

/**
 * The password presets (S-1) with the {@link commonPasswords} blocklist: `portal` (OTP-4: at
 * least 8 characters with upper- and lower-case letters, a digit and a special character)
 * and `strict` (ASVS 5.0 / NIST SP 800-63B: at least 15 characters, no composition rules).
 * Both: up to 256 characters, context words, 12+ recommended. The rules alone are
 * `passwordRules` in `@kabinet/validators/password`.
 *
 * @example
 * ```ts
 * import { checkPassword } from '@kabinet/validators/password';
 * import { passwordPolicies } from '@kabinet/validators/password-presets';
 * checkPassword('correct horse battery staple', passwordPolicies.strict).success; // true
 * checkPassword('Qwerty123!', passwordPolicies.portal).success;                  // false: password.common
 * ```
 */
export const passwordPolicies: {
  /** OTP-4: 8+ with upper, lower, digit and special, and the common passwords (the default). */
  readonly portal: PasswordPolicy;
  /** ASVS / NIST: 15+, no composition rules, and the common passwords. */
  readonly strict: PasswordPolicy;
} = {
  portal: { ...passwordRules.portal, blocklist: commonPasswords },
  strict: { ...passwordRules.strict, blocklist: commonPasswords },
};
