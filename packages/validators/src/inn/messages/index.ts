/**
 * The ru/en messages of the INN checks (`@kabinet/validators/inn`), on their own so a form pays
 * only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseInn } from '@kabinet/validators/inn';
 * const r = parseInn('7707083894');
 * if (!r.success) renderIssue(r.issues[0]!, 'en', innMessages);
 * // 'Wrong INN: the check digit at position 10 must be 3'
 * ```
 *
 * @module @kabinet/validators/inn/messages
 */
export { innMessages } from './inn-messages.js';
