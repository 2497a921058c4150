/**
 * The ru/en messages of the name checks (`@kabinet/validators/name`), on their own so a form
 * pays only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseName } from '@kabinet/validators/name';
 * const r = parseName('Анна2');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', nameMessages);
 * // 'Недопустимый символ «2»: допускаются буквы, пробел, дефис и апостроф'
 * ```
 *
 * @module @kabinet/validators/name/messages
 */
export { nameMessages } from './name-messages.js';
