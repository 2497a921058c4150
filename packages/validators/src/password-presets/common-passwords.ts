import type { PasswordBlocklist } from '../password/password-rules.js';
import { COMMON_PASSWORDS } from './common-password-list.js';

let words: ReadonlySet<string> | undefined;

/**
 * The 10,000 most common passwords (S-1), lower case, from the frequency list of
 * `@zxcvbn-ts/language-common` (MIT), as a {@link PasswordBlocklist}. The set is built on the
 * first `has`, so importing it costs nothing until a password is checked. About 37 kB brotli:
 * load this subpath where passwords are checked (the server, or a lazily loaded chunk).
 *
 * @example
 * ```ts
 * import { checkPassword, passwordRules } from '@kabinet/validators/password';
 * import { commonPasswords } from '@kabinet/validators/password-presets';
 * commonPasswords.has('qwerty'); // true
 * // the common passwords and words of your own service:
 * const ours = new Set(['kabinet', 'gosuslugi']);
 * const blocklist = { has: (word: string) => commonPasswords.has(word) || ours.has(word) };
 * checkPassword('Kabinet#2026', { ...passwordRules.portal, blocklist }).success; // false: password.common
 * ```
 */
export const commonPasswords: PasswordBlocklist = {
  has(lowerCaseWord: string): boolean {
    words ??= new Set(COMMON_PASSWORDS.split('\n'));
    return words.has(lowerCaseWord);
  },
};
