/**
 * The ru/en messages of the date checks (`@kabinet/validators/date`), on their own so a form
 * pays only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseDate } from '@kabinet/validators/date';
 * const r = parseDate('31.04.2024');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', dateMessages);
 * // 'Неверная дата: в этом месяце нет такого дня'
 * ```
 *
 * @module @kabinet/validators/date/messages
 */
export { dateMessages } from './date-messages.js';
