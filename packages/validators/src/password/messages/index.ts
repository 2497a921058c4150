/**
 * The ru/en messages of the password checks (`@kabinet/validators/password`), on their own so a
 * form pays only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { checkPassword } from '@kabinet/validators/password';
 * import { passwordPolicies } from '@kabinet/validators/password-presets';
 * const r = checkPassword('P@ssw0rd!', passwordPolicies.portal);
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', passwordMessages);
 * // 'Этот пароль слишком распространён и легко угадывается: придумайте другой'
 * ```
 *
 * @module @kabinet/validators/password/messages
 */
export { passwordMessages } from './password-messages.js';
