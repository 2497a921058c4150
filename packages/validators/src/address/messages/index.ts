/**
 * The ru/en messages of the address and postal index checks (`@kabinet/validators/address`), on
 * their own so a form pays only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parsePostalIndex } from '@kabinet/validators/address';
 * const r = parsePostalIndex('12345');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', addressMessages);
 * // 'Неверный формат почтового индекса: нужно 6 цифр'
 * ```
 *
 * @module @kabinet/validators/address/messages
 */
export { addressMessages } from './address-messages.js';
