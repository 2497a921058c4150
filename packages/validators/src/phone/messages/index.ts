/**
 * The ru/en messages of the phone checks (`@kabinet/validators/phone`), on their own so a form
 * pays only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parsePhone } from '@kabinet/validators/phone';
 * const r = parsePhone('+7 912 345 67 8');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', phoneMessages);
 * // 'Неверный телефон: не хватает цифр'
 * ```
 *
 * @module @kabinet/validators/phone/messages
 */
export { phoneMessages } from './phone-messages.js';
