/**
 * The ru/en messages of the foreign passport number checks
 * (`@kabinet/validators/foreign-passport`), on their own so a form pays only for the messages
 * of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseForeignPassport } from '@kabinet/validators/foreign-passport';
 * const r = parseForeignPassport('AB#123');
 * if (!r.success) renderIssue(r.issues[0]!, 'en', foreignPassportMessages);
 * // 'Wrong passport number format: Latin letters and digits only'
 * ```
 *
 * @module @kabinet/validators/foreign-passport/messages
 */
export { foreignPassportMessages } from './foreign-passport-messages.js';
