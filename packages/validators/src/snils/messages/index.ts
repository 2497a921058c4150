/**
 * The ru/en messages of the SNILS checks (`@kabinet/validators/snils`), on their own so a form
 * pays only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseSnils } from '@kabinet/validators/snils';
 * const r = parseSnils('112-233-445 96');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', snilsMessages);
 * // 'Неверное контрольное число СНИЛС: ожидалось 95, введено 96'
 * ```
 *
 * @module @kabinet/validators/snils/messages
 */
export { snilsMessages } from './snils-messages.js';
