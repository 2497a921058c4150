/**
 * The data of the password checks (S-1): the 10,000 most common passwords as a blocklist
 * (`commonPasswords`), the `portal` and `strict` presets with it (`passwordPolicies`), and the
 * default zod schema (`passwordSchema`). The word list makes this subpath about 37 kB brotli;
 * the checks themselves are in `@kabinet/validators/password`.
 *
 * @example
 * ```ts
 * import { checkPassword } from '@kabinet/validators/password';
 * import { passwordPolicies } from '@kabinet/validators/password-presets';
 * checkPassword('P@ssw0rd!', passwordPolicies.portal); // issue password.common
 * ```
 *
 * @module @kabinet/validators/password-presets
 */
export { commonPasswords } from './common-passwords.js';
export { passwordPolicies } from './password-policies.js';
export { passwordSchema } from './password-schema.js';
