/**
 * The ru/en messages of the RF passport checks (`@kabinet/validators/passport`), on their own
 * so a form pays only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseRussianPassport } from '@kabinet/validators/passport';
 * const r = parseRussianPassport('45 10 12345');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', passportMessages);
 * // 'Неверный формат номера паспорта: нужно 10 цифр, введено 9'
 * ```
 *
 * @module @kabinet/validators/passport/messages
 */
export { passportMessages } from './passport-messages.js';
