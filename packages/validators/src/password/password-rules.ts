/** The numbers and composition rules of a password policy (S-1, OTP-4), without the blocklist. */
export interface PasswordRules {
  /** Fewest characters, counted in code points. */
  readonly minLength: number;
  /** Most characters; at least 64 (S-1). A cap keeps slow hashing bounded. */
  readonly maxLength: number;
  /** Length recommended by a warning (OTP-4: 12). */
  readonly recommendedLength: number;
  /** Needs an upper-case letter (OTP-4). */
  readonly requireUpper: boolean;
  /** Needs a lower-case letter (OTP-4). */
  readonly requireLower: boolean;
  /** Needs a digit (OTP-4). */
  readonly requireDigit: boolean;
  /** Needs a character that is neither letter nor digit (OTP-4). */
  readonly requireSpecial: boolean;
}

/**
 * The passwords to refuse (S-1), asked one lower-case, NFKC-normalized word at a time. A
 * `ReadonlySet<string>` fits; so does `commonPasswords` from
 * `@kabinet/validators/password-presets` (the 10,000 most common passwords).
 */
export interface PasswordBlocklist {
  /**
   * Tells whether a word is blocked.
   *
   * @param lowerCaseWord - a candidate in lower case (the password, its core without digits
   *   and symbols at the ends, its leetspeak and Russian-layout readings)
   * @returns `true` when the word must not be used as a password
   */
  has(lowerCaseWord: string): boolean;
}

/**
 * A password policy (S-1, OTP-4): the {@link PasswordRules} and the blocklist to check
 * against. The blocklist is required, so no check runs without one by accident;
 * `passwordPolicies` from `@kabinet/validators/password-presets` has the presets with the
 * 10,000 most common passwords.
 */
export interface PasswordPolicy extends PasswordRules {
  /** The passwords to refuse, also when decorated, in leetspeak or typed in the Russian layout. */
  readonly blocklist: PasswordBlocklist;
}

/**
 * The rules of the two password presets (S-1), without a blocklist: `portal` (OTP-4: at least
 * 8 characters with upper- and lower-case letters, a digit and a special character) and
 * `strict` (ASVS 5.0 / NIST SP 800-63B: at least 15 characters, no composition rules). Both:
 * up to 256 characters, 12+ recommended. Add a blocklist to make a {@link PasswordPolicy}, or
 * take the ready policies (`passwordPolicies`) from `@kabinet/validators/password-presets`.
 *
 * @example
 * ```ts
 * import { checkPassword, passwordRules } from '@kabinet/validators/password';
 * const banned = new Set(['kabinet', 'gosuslugi']);
 * checkPassword('Gosuslugi#2026', { ...passwordRules.portal, blocklist: banned }).success; // false: password.common
 * ```
 */
export const passwordRules: {
  /** OTP-4: 8+ with upper, lower, digit and special (the portal's rule). */
  readonly portal: PasswordRules;
  /** ASVS / NIST: 15+, no composition rules. */
  readonly strict: PasswordRules;
} = {
  portal: {
    minLength: 8,
    maxLength: 256,
    recommendedLength: 12,
    requireUpper: true,
    requireLower: true,
    requireDigit: true,
    requireSpecial: true,
  },
  strict: {
    minLength: 15,
    maxLength: 256,
    recommendedLength: 12,
    requireUpper: false,
    requireLower: false,
    requireDigit: false,
    requireSpecial: false,
  },
};
